package org.strikedesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikedesk.Application;
import org.strikedesk.config.ReviewConfig;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.ingest.FigureChange;
import org.strikedesk.ingest.Finding;
import org.strikedesk.ingest.ImportReport;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/**
 * Each rule of the plausibility gate, with a synthetic file that trips it and one that does not, imported into
 * StrikeDesk as shipped. The figures compared against are the shipped ones: East and North Hertfordshire (RWH, East
 * of England) reported 2,247 rescheduled in April 2023 and at most 160 staff absent a day; the highest of any trust
 * in the East of England is Cambridge's (RGT) 2,409 in December 2022 (255 inpatient and 2,154 outpatient over the
 * two days); England's ambulance strike of 24 January 2023 has 60 (2 inpatient, 58 outpatient).
 */
class PlausibilityGateTest {
    private static final String SOURCE = "https://example.org/synthetic/gate";
    private static final String JUNE = "2023-06-junior-doctors";
    private static final String AMBULANCE = "2023-01-24-ambulance";

    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    /** A case: the rule, what it is called, rows that trip it, and rows just inside it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(
                        Finding.Rule.TRUST_TOTAL,
                        "a trust's total above three times its record and its region's highest",
                        List.of(JUNE + ",RWH,,acute_rescheduled,9000"),
                        // Above three times its own record (6,741), but not three times the region's highest (7,227).
                        List.of(JUNE + ",RWH,,acute_rescheduled,7000")),
                Arguments.of(
                        Finding.Rule.SUM_ABOVE_TOTAL,
                        "a region's trusts adding up to more than the region's total",
                        List.of(
                                JUNE + ",Y61,,acute_rescheduled,1000",
                                JUNE + ",RWH,,acute_rescheduled,800",
                                JUNE + ",RGT,,acute_rescheduled,400"),
                        List.of(
                                JUNE + ",Y61,,acute_rescheduled,1200",
                                JUNE + ",RWH,,acute_rescheduled,800",
                                JUNE + ",RGT,,acute_rescheduled,400")),
                Arguments.of(
                        Finding.Rule.SUM_ABOVE_TOTAL,
                        "England's trusts adding up to more than England's total",
                        List.of(AMBULANCE + ",RWH,,acute_rescheduled,50", AMBULANCE + ",RGT,,acute_rescheduled,20"),
                        List.of(AMBULANCE + ",RWH,,acute_rescheduled,40", AMBULANCE + ",RGT,,acute_rescheduled,20")),
                Arguments.of(
                        Finding.Rule.REVISION,
                        "a revision moving a figure by more than half",
                        List.of("2023-04-junior-doctors,RWH,,inpatient_rescheduled,400"),
                        List.of("2023-04-junior-doctors,RWH,,inpatient_rescheduled,255")),
                Arguments.of(
                        Finding.Rule.REVISION,
                        "a revision of fewer than ten, whatever its share",
                        // From 2: a move of 10 is held, a move of 9 (350%) is not.
                        List.of(AMBULANCE + ",ENG,,inpatient_rescheduled,12"),
                        List.of(AMBULANCE + ",ENG,,inpatient_rescheduled,11")),
                Arguments.of(
                        Finding.Rule.DAY_ABOVE_WHOLE,
                        "a day's count above the whole strike's",
                        List.of(
                                JUNE + ",RWH,,inpatient_rescheduled,100",
                                JUNE + ",RWH,2023-06-14,inpatient_rescheduled,150"),
                        List.of(
                                JUNE + ",RWH,,inpatient_rescheduled,100",
                                JUNE + ",RWH,2023-06-14,inpatient_rescheduled,100")),
                Arguments.of(
                        Finding.Rule.DAY_ABOVE_WHOLE,
                        "a day's staff absent above the peak day's",
                        List.of(JUNE + ",RWH,,staff_absent_max,200", JUNE + ",RWH,2023-06-14,staff_absent,250"),
                        List.of(JUNE + ",RWH,,staff_absent_max,200", JUNE + ",RWH,2023-06-14,staff_absent,200")),
                Arguments.of(
                        Finding.Rule.STAFF_RECORD,
                        "a staff figure above twice the trust's highest",
                        List.of(JUNE + ",RWH,,staff_absent_max,321"),
                        List.of(JUNE + ",RWH,,staff_absent_max,320")));
    }

    private static ImportReport ingest(String name, List<String> rows) throws IOException {
        TidyCsv file = TidyCsv.citing(SOURCE);
        rows.forEach(file::row);
        Application app = shipped.app();
        Path path = shipped.folder().resolve(name);
        return file.importInto(app, path);
    }

    @DisplayName("A file that breaks a rule is held, saying which rule and where; one just inside it is published")
    @ParameterizedTest(name = "{1}")
    @MethodSource("rules")
    void eachRule(Finding.Rule rule, String name, List<String> trips, List<String> passes) throws IOException {
        ImportReport held = ingest("trips.csv", trips);
        // A held import publishes nothing, so the file just inside the rule is judged against the same figures.
        ImportReport passed = ingest("passes.csv", passes);

        assertThat(held).as(held.summary()).isInstanceOf(ImportReport.Held.class);
        assertThat(((ImportReport.Held) held).findings())
                .extracting(Finding::rule)
                .containsOnly(rule);
        assertThat(passed).as(passed.summary()).isInstanceOf(ImportReport.Imported.class);
    }

    @DisplayName("A finding says what looks wrong with the figures it compared, worked out by hand")
    @Test
    void wording() throws IOException {
        ImportReport.Held held =
                (ImportReport.Held) ingest("trips.csv", List.of(JUNE + ",RWH,,acute_rescheduled,9000"));

        assertThat(held.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.scope()).isEqualTo(new Figure.Scope("RWH", JUNE));
            assertThat(finding.text())
                    .isEqualTo("East and North Hertfordshire NHS Trust (RWH) in the junior doctors' strike of"
                            + " 14\u201316 June 2023: 9,000 acute appointments and procedures rescheduled,"
                            + " more than three times its own record (2,247, the junior doctors' strike of"
                            + " 11\u201314 April 2023) and the highest of any trust in the East of England"
                            + " (2,409, RGT in the nurses' strike of 15 and 20 December 2022)"
                            + " (review.recordFactor)");
        });
        assertThat(held.summary())
                .startsWith("trips.csv: held for review, nothing published yet (import #" + held.id() + "): East");
    }

    @DisplayName("The thresholds come from the config: a looser factor lets the same file through")
    @Test
    void thresholdsFromConfig() {
        ReviewConfig looser = new ReviewConfig("", "", 5, 0.5, 10, 2, true);
        PlausibilityGate gate = new PlausibilityGate(
                shipped.app().queries(), shipped.app().reference().directory(), looser);
        Strike june = shipped.app().reference().calendar().byId(JUNE).orElseThrow();
        Figure figure = new Figure(JUNE, "RWH", null, Metric.ACUTE_RESCHEDULED, 9000, SOURCE, null);

        assertThat(june.days()).hasSize(3);
        assertThat(gate.check(List.of(new FigureChange(null, figure)))).isEmpty();
    }

    @DisplayName("The shipped figures, every one of them checked as if it were new, break no rule")
    @Test
    void shippedDataPasses() {
        List<FigureChange> all = new ArrayList<>();
        for (Strike strike : shipped.app().reference().calendar().all()) {
            shipped.app()
                    .queries()
                    .everyOrganisationIn(strike)
                    .forEach(figures -> figures.figures().forEach(figure -> all.add(new FigureChange(null, figure))));
        }
        PlausibilityGate gate = new PlausibilityGate(
                shipped.app().queries(), shipped.app().reference().directory(), ReviewConfig.DEFAULT);

        assertThat(all).hasSizeGreaterThan(100);
        assertThat(gate.check(all)).isEmpty();
    }
}
