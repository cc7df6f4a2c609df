package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.strikedesk.replies.Reply;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/**
 * What an import says of rows it did not apply and of acute figures replies will not show, in its one-line summary
 * and in its reply. The Cambridge University Hospitals trust (RGT) has no shipped figures for the April 2023 junior
 * doctors' strike, so each test starts from none. Figures here are synthetic.
 */
class ImportNoticesTest {
    private static final String SOURCE = "https://example.org/synthetic/notices";
    private static final String STRIKE = "2023-04-junior-doctors";

    @RegisterExtension
    final AppOnShippedData shipped = AppOnShippedData.forEachTest();

    private ImportReport ingest(String name, TidyCsv file) throws IOException {
        return file.importInto(shipped.app(), shipped.folder().resolve(name));
    }

    private Reply reply(ImportReport report) {
        return new ImportReplies(shipped.app().reference()).of(report);
    }

    @DisplayName("A row older than the figure held is not applied, and the import says so instead of 'all match'")
    @Test
    void olderRow() throws IOException {
        ingest("newer.csv", TidyCsv.citing(SOURCE).row(STRIKE + ",RGT,,inpatient_rescheduled,1214", "2023-04-27"));

        ImportReport report = ingest(
                "older.csv", TidyCsv.citing(SOURCE).row(STRIKE + ",RGT,,inpatient_rescheduled,1202", "2023-04-20"));

        assertThat(report).isInstanceOf(ImportReport.Unchanged.class);
        assertThat(report.summary())
                .isEqualTo("older.csv: no change; 1 row is older than the figure held and was not applied: RGT"
                        + " inpatient_rescheduled 2023-04-junior-doctors whole strike, 1,202 (published 2023-04-20)"
                        + " against 1,214 held (published 2023-04-27)");
        assertThat(reply(report).text())
                .isEqualTo("Nothing was imported.\n1 row is older than the figure held and was not applied: Cambridge"
                        + " University Hospitals NHS Foundation Trust, inpatient and day case, whole strike (junior"
                        + " doctors' strike), 1,202 (published 2023-04-20) against 1,214 held (published 2023-04-27)");
    }

    @DisplayName("Older rows beside new ones are counted and named in the import's reply")
    @Test
    void olderBesideNew() throws IOException {
        ingest("newer.csv", TidyCsv.citing(SOURCE).row(STRIKE + ",RGT,,inpatient_rescheduled,1214", "2023-04-27"));

        ImportReport report = ingest(
                "mixed.csv",
                TidyCsv.citing(SOURCE)
                        .row(STRIKE + ",RGT,,inpatient_rescheduled,1202", "2023-04-20")
                        .row(STRIKE + ",RGT,,outpatient_rescheduled,900", "2023-04-20"));

        assertThat(report).isInstanceOf(ImportReport.Imported.class);
        assertThat(report.summary())
                .endsWith("1 added, 0 revised, 0 unchanged (import #" + report.id() + "); 1 row is older than the"
                        + " figure held and was not applied: RGT inpatient_rescheduled 2023-04-junior-doctors whole"
                        + " strike, 1,202 (published 2023-04-20) against 1,214 held (published 2023-04-27)");
        assertThat(reply(report).fields()).extracting(Reply.Field::name).contains("Not applied or not shown");
    }

    @DisplayName("An acute figure beside inpatient and outpatient ones is reported as one replies will not show")
    @Test
    void acuteNotShown() throws IOException {
        ImportReport report = ingest(
                "acute.csv",
                TidyCsv.citing(SOURCE)
                        .row(STRIKE + ",RGT,,acute_rescheduled,2300", "2023-04-20")
                        .row(STRIKE + ",RGT,,inpatient_rescheduled,170", "2023-04-20")
                        .row(STRIKE + ",RGT,,outpatient_rescheduled,2077", "2023-04-20"));

        assertThat(report.summary())
                .endsWith("(import #" + report.id() + "); 1 acute_rescheduled figure will not be shown, because"
                        + " inpatient and outpatient figures for the same strike are held and replies add those"
                        + " instead: RGT 2023-04-junior-doctors, acute 2,300 against 170 + 2,077 = 2,247");
        assertThat(reply(report).fields())
                .extracting(Reply.Field::value)
                .contains("1 acute_rescheduled figure will not be shown, because inpatient and outpatient figures for"
                        + " the same strike are held and replies add those instead: Cambridge University Hospitals NHS"
                        + " Foundation Trust (junior doctors' strike), acute 2,300 against 170 + 2,077 = 2,247");
    }

    @DisplayName("An acute figure alone, or beside only one of inpatient and outpatient, is what replies show")
    @Test
    void acuteShown() throws IOException {
        ImportReport report = ingest(
                "acute-only.csv",
                TidyCsv.citing(SOURCE)
                        .row(STRIKE + ",RGT,,acute_rescheduled,2300", "2023-04-20")
                        .row(STRIKE + ",RGT,,inpatient_rescheduled,170", "2023-04-20"));

        assertThat(report.notices().isEmpty()).isTrue();
        assertThat(report.summary()).doesNotContain("will not be shown");
    }
}
