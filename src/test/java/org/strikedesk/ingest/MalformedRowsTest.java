package org.strikedesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.validate.Validated;
import org.strikedesk.support.AppOnShippedData;
import org.strikedesk.support.TidyCsv;

/** Each malformed row (synthetic, made here) is rejected with the message a person needs to fix it. */
class MalformedRowsTest {
    @RegisterExtension
    static final AppOnShippedData shipped = AppOnShippedData.forClass();

    private static final String S = "https://example.org/synthetic/figures";

    @DisplayName("A malformed row is rejected with file, row, column and what was meant")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "2023-04-junior-doctor,RWH,,inpatient_rescheduled,1,S, | row 2, column strike (A): unknown strike \"2023-04-junior-doctor\"; did you mean \"2023-04-junior-doctors\"?",
                "2023-04-junior-doctors,RZZ,,inpatient_rescheduled,1,S, | row 2, column org_code (B): unknown org_code \"RZZ\"",
                "2023-04-junior-doctors,ENHT,,inpatient_rescheduled,1,S, | column org_code (B): unknown org_code \"ENHT\"; did you mean RWH (East and North Hertfordshire NHS Trust)?",
                "2023-04-junior-doctors,RWH,,inpatients_rescheduled,1,S, | column metric (D): unknown metric \"inpatients_rescheduled\"; did you mean \"inpatient_rescheduled\"?",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,-5,S, | column value (E): \"-5\" is negative",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,12.5,S, | column value (E): \"12.5\" is not a whole number",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,lots,S, | column value (E): \"lots\" is not a whole number",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,,S, | column value (E): value is empty",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,\"1,20\",S, | \"1,20\" is not a whole number",
                "2023-04-junior-doctors,RWH,2023-04-16,inpatient_rescheduled,1,S, | column date (C): 2023-04-16 is not a day of strike 2023-04-junior-doctors",
                "2023-04-junior-doctors,RWH,2023-02-30,inpatient_rescheduled,1,S, | column date (C): \"2023-02-30\" is not a real date",
                "2023-04-junior-doctors,RWH,11/04/2023,inpatient_rescheduled,1,S, | \"11/04/2023\" is not an ISO date (date is written like 2023-04-11); did you mean 2023-04-11?",
                "2023-04-junior-doctors,RWH,,staff_absent,1,S, | staff_absent is a day's figure and needs a date",
                "2023-04-junior-doctors,RWH,2023-04-11,staff_absent_max,1,S, | staff_absent_max is a whole-strike figure",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,1,the comet, | column source (F): \"the comet\" is not a web address",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,1,,, | column source (F): source is empty",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,1,S,2099-01-01 | column published (G): 2099-01-01 is in the future",
                "2023-04-junior-doctors,RAP,,inpatient_rescheduled,1,S, | OK",
                "2025-07-resident-doctors,RAP,,inpatient_rescheduled,1,S, | RAP (North Middlesex University Hospital NHS Trust) closed on 2024-12-31, before strike 2025-07-resident-doctors",
                "2022-12-rcn,G6V2S,,inpatient_rescheduled,1,S, | opened on 2024-11-01, after strike 2022-12-rcn",
                "2023-04-junior-doctors,RQF,,inpatient_rescheduled,1,S, | is in Wales",
                "2023-04-junior-doctors,RWH,,inpatient_rescheduled,1,S,,extra | the row has 8 cells but the header names 7 columns"
            })
    void malformedRow(String row, String expected) throws IOException {
        Path file = shipped.folder().resolve("synthetic-" + Integer.toHexString(row.hashCode()) + ".csv");
        Files.writeString(
                file, TidyCsv.HEADER + "\n" + row.replace(",S,", "," + S + ",") + "\n", StandardCharsets.UTF_8);

        Validated validated = shipped.app().importer().validate(file, "bad.csv");

        if (expected.equals("OK")) {
            assertThat(validated.errors()).isEmpty();
        } else {
            assertThat(validated.errors())
                    .extracting(ImportError::toString)
                    .anySatisfy(message ->
                            assertThat(message).startsWith("bad.csv, row 2").contains(expected));
        }
    }

    @DisplayName("A malformed file is rejected with what is wrong with it")
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "empty | `` | the file is empty",
                "header only | strike,org_code,date,metric,value,source,published | the file has a header but no figures",
                "missing column | strike,org_code,date,metric,source | the required column \"value\" is missing",
                "misspelt column | strike,org_code,date,metric,vaule,source | unknown column \"vaule\"; did you mean \"value\"?",
                "duplicate column | strike,org_code,metric,value,value,source | column \"value\" appears twice"
            })
    void malformedFile(String what, String content, String expected) throws IOException {
        Path file = shipped.folder().resolve("synthetic-" + what.replace(' ', '-') + ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        Validated validated = shipped.app().importer().validate(file, "bad.csv");

        assertThat(validated.ok()).isFalse();
        assertThat(validated.errors())
                .extracting(ImportError::toString)
                .anySatisfy(m -> assertThat(m).contains(expected));
    }
}
