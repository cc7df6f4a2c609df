package org.strikedesk.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.strikedesk.answers.TopCommand;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.trusts.Region;

/** The region and whole-number options. */
class LookupsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static Lookups lookups;

    @BeforeAll
    static void open() {
        lookups = new Lookups(shipped.app().reference());
    }

    private static CommandRequest with(String option, String value) {
        return CommandRequest.of(TopCommand.NAME, Map.of(option, value), Invoker.CONSOLE);
    }

    @DisplayName("Regions are found by code or by name, in any case")
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "Y56, LONDON",
        "y63, NORTH_EAST_AND_YORKSHIRE",
        "London, LONDON",
        "north west, NORTH_WEST",
        "North-West, NORTH_WEST",
        "east of england, EAST_OF_ENGLAND",
        "midlands, MIDLANDS",
        "yorkshire, NORTH_EAST_AND_YORKSHIRE",
        "south east, SOUTH_EAST"
    })
    void regions(String typed, Region region) {
        assertThat(lookups.region(with(Options.REGION, typed), Options.REGION))
                .isEqualTo(new Lookup.Found<>(Optional.of(region)));
    }

    @DisplayName("England, or nothing, means no region")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "england", "ENG", "all"})
    void england(String typed) {
        assertThat(lookups.region(with(Options.REGION, typed), Options.REGION))
                .isEqualTo(new Lookup.Found<>(Optional.<Region>empty()));
    }

    @DisplayName("Wales, an ambiguous or an unknown region is an error that lists the regions")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"W00", "Wales", "north", "south", "Narnia"})
    void notRegions(String typed) {
        assertThat(lookups.region(with(Options.REGION, typed), Options.REGION))
                .isInstanceOfSatisfying(
                        Lookup.Failed.class,
                        failed -> assertThat(failed.reply().text()).contains("London (Y56)"));
    }

    @DisplayName("Whole numbers in range are read; left out gives the default")
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"1, 1", "25, 25", "' 7 ', 7", "'', 10"})
    void numbers(String typed, int value) {
        assertThat(Lookups.number(with(Options.LIMIT, typed), Options.LIMIT, 1, 25, 10))
                .isEqualTo(new Lookup.Found<>(value));
    }
}
