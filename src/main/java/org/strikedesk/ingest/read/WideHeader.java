package org.strikedesk.ingest.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.strikedesk.config.ColumnRule;
import org.strikedesk.config.WideLayout;
import org.strikedesk.ingest.errors.Columns;

/**
 * A wide layout's header row as found in a workbook: which column holds the code, and which hold figures, with the
 * day each heading names. Whether a workbook fits a layout is decided here, by its headings alone.
 *
 * @param codeColumn the 0-based column of the organisation codes
 * @param codeLabel that column as errors name it
 * @param columns the columns holding figures
 */
record WideHeader(int codeColumn, String codeLabel, List<Column> columns) {

    /**
     * A column holding figures.
     *
     * @param index its 0-based position
     * @param label its heading and letter, as errors name it
     * @param rule the layout rule its heading matched
     * @param dateText the day as the heading writes it
     */
    record Column(int index, String label, ColumnRule rule, String dateText) {}

    /**
     * The header, if the headings fit the layout; otherwise why not.
     *
     * @param header the header, when it fits
     * @param misfit why it does not, when it does not
     */
    record Match(Optional<WideHeader> header, String misfit) {}

    static Match match(WideLayout layout, List<String> headings) {
        int code = -1;
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            if (heading.isEmpty()) {
                continue;
            }
            if (code < 0 && layout.codeColumn().matcher(heading).find()) {
                code = i;
                continue;
            }
            rule(layout, heading, i).ifPresent(columns::add);
        }
        if (code < 0) {
            return misfit("no heading in row " + layout.headerRow() + " matches its code column /"
                    + layout.codeColumn().pattern() + "/");
        }
        if (columns.isEmpty()) {
            return misfit("no heading in row " + layout.headerRow() + " matches its column rules");
        }
        return new Match(
                Optional.of(
                        new WideHeader(code, Columns.label(headings.get(code).strip(), code), columns)),
                "");
    }

    private static Optional<Column> rule(WideLayout layout, String heading, int index) {
        for (ColumnRule rule : layout.columns()) {
            Matcher matcher = rule.heading().matcher(heading);
            if (matcher.find()) {
                return Optional.of(new Column(index, Columns.label(heading, index), rule, matcher.group("date")));
            }
        }
        return Optional.empty();
    }

    private static Match misfit(String why) {
        return new Match(Optional.empty(), why);
    }
}
