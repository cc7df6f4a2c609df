package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.support.AppOnShippedData;

/**
 * Strikes files, validated whole like figures files: every error names the file, row and column, and a file with an
 * error changes nothing. The strikes are synthetic.
 */
class StrikesFileTest {
    static final String HEADER = "id,staff_group,union,first_day,last_day,days,notes\n";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private static ImportReport importText(String text) throws IOException {
        Path file = Files.writeString(shipped.folder().resolve("synthetic-strikes.csv"), text);
        return shipped.app().importer().importFile(file, "synthetic-strikes.csv", ImportRoute.COMMAND_LINE, "test");
    }

    @DisplayName("A bad strikes file is rejected with the file, row and column of each error, and nothing changes")
    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2030-01-synthetic,Nurses,RCN,2030-01-10,2030-01-09,, | synthetic-strikes.csv, row 2, column last_day"
                        + " (E): the last day 2030-01-09 is before the first day 2030-01-10",
                "2030-01-synthetic,Nurses,RCN,10/01/2030,2030-01-11,, | synthetic-strikes.csv, row 2, column"
                        + " first_day (D): \"10/01/2030\" is not a date written as YYYY-MM-DD, such as 2025-11-14",
                "2030 Jan synthetic,Nurses,RCN,2030-01-10,2030-01-11,, | synthetic-strikes.csv, row 2, column id (A):"
                        + " \"2030 Jan synthetic\" is not a strike id: lower-case letters, digits and hyphens, such as"
                        + " 2025-11-resident-doctors",
                "2030-01-synthetic,,RCN,2030-01-10,2030-01-11,, | synthetic-strikes.csv, row 2, column staff_group"
                        + " (B): the staff_group is empty",
                "2030-01-synthetic,Nurses,RCN,2030-01-10,2030-01-12,2030-01-10;2030-01-13, | synthetic-strikes.csv,"
                        + " row 2, column days (F): 2030-01-13 is outside the strike's first and last days"
            })
    void rejected(String row, String error) throws IOException {
        int strikes = shipped.app().reference().calendar().all().size();

        ImportReport report = importText(HEADER + row + "\n");

        assertThat(report.rejected()).isTrue();
        assertThat(report.errors()).extracting(Object::toString).contains(error);
        assertThat(shipped.app().reference().calendar().all()).hasSize(strikes);
    }

    @DisplayName("An unknown column is named with what was probably meant")
    @Test
    void unknownColumn() throws IOException {
        ImportReport report = importText(
                "id,staff_group,unions,first_day,last_day\n2030-01-synthetic,Nurses,RCN," + "2030-01-10,2030-01-11\n");

        assertThat(report.errors())
                .extracting(Object::toString)
                .contains("synthetic-strikes.csv, row 1, column unions (C): unknown column \"unions\"; did you mean"
                        + " \"union\"? (a strikes file has the columns id,staff_group,union,first_day,last_day,days,"
                        + "notes)");
    }

    @DisplayName("A change that would leave days with figures outside the strike is refused")
    @Test
    void figuresKeepTheirDays() throws IOException {
        ImportReport report = importText(HEADER + "2022-12-rcn,Nurses,RCN,2022-12-15,2022-12-15,,one day only\n");

        assertThat(report.errors())
                .extracting(Object::toString)
                .contains("synthetic-strikes.csv, row 2, column days (F): StrikeDesk holds figures for"
                        + " 2022-12-rcn on 2022-12-20, which this row leaves out of the strike's days");
        assertThat(shipped.app()
                        .reference()
                        .calendar()
                        .byId("2022-12-rcn")
                        .orElseThrow()
                        .days())
                .hasSize(2);
    }
}
