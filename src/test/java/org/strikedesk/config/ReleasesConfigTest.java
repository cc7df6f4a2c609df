package org.strikedesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeFiles;
import org.strikedesk.figures.WorkingDays;

/**
 * The default of {@code releases.expectedWithin}, worked out from the shipped data: for each strike with a publication
 * date on any of its figures, the working days in England from its last day to its earliest publication.
 */
class ReleasesConfigTest {
    private static final Path DATA = Path.of("data");

    @DisplayName("The default is the longest wait in the shipped data, strike by strike as worked out by hand")
    @Test
    void fromShippedData() throws IOException {
        Map<String, LocalDate> earliest = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DATA, "figures-*.csv")) {
            for (Path file : files) {
                for (Map<String, String> row : rows(file)) {
                    String published = row.getOrDefault("published", "");
                    if (!published.isBlank()) {
                        earliest.merge(row.get("strike"), LocalDate.parse(published), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
        }
        Map<String, Strike> strikes = new LinkedHashMap<>();
        StrikeFiles.read(DATA.resolve(StrikeFiles.CALENDAR)).forEach(strike -> strikes.put(strike.id(), strike));
        Map<String, Integer> gaps = new TreeMap<>();
        earliest.forEach((id, published) ->
                gaps.put(id, WorkingDays.between(strikes.get(id).lastDay(), published)));

        // Last day → earliest publication, in working days (bank holidays of 25 and 26 December 2023 skipped).
        assertThat(gaps)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "2023-04-junior-doctors", 1, // Friday 14 April → Monday 17 April
                        "2023-07-junior-doctors", 2, // Monday 17 July → Wednesday 19 July
                        "2023-07-consultants", 1, // Friday 21 July → Monday 24 July
                        "2023-08-junior-doctors", 3, // Monday 14 August → Thursday 17 August
                        "2023-09-joint", 3, // Friday 22 September → Wednesday 27 September
                        "2023-12-junior-doctors", 2, // Friday 22 December → Thursday 28 December
                        "2024-01-junior-doctors", 3, // Monday 8 January → Thursday 11 January
                        "2024-06-junior-doctors", 4)); // Monday 1 July → Friday 5 July
        int longest = gaps.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(ReleasesConfig.FROM_SHIPPED_DATA).isEqualTo(longest);
        assertThat(ReleasesConfig.DEFAULT.expectedWithin()).isEqualTo(4);
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return rows.readAll();
        }
    }
}
