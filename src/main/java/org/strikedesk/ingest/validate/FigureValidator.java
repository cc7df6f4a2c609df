package org.strikedesk.ingest.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.figures.StrikeCalendar;
import org.strikedesk.ingest.errors.ClosestWord;
import org.strikedesk.ingest.errors.ImportError;
import org.strikedesk.ingest.read.Cell;
import org.strikedesk.ingest.read.FigureSink;
import org.strikedesk.ingest.read.RawFigure;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/**
 * Checks every raw figure of one file against the data contract and collects either the figures or every error,
 * each naming its row and column and, where possible, what was probably meant. Nothing is written here.
 */
public final class FigureValidator implements FigureSink {
    /** Errors kept in full; beyond this they are only counted. */
    public static final int ERRORS_KEPT = 500;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter BRITISH =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final String file;
    private final TrustDirectory directory;
    private final StrikeCalendar calendar;
    private final OrganisationHints hints;
    private final LocalDate today;
    private final List<Figure> figures = new ArrayList<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final Map<Figure.Key, Integer> seen = new HashMap<>();
    private final List<RunningTotalRow> runningTotals = new ArrayList<>();
    private final Map<String, String> sources = new HashMap<>();
    private final Map<String, Optional<Strike>> strikes = new HashMap<>();
    private final Map<String, Optional<Organisation>> organisations = new HashMap<>();
    private final Map<String, Optional<Metric>> metrics = new HashMap<>();
    private final Map<String, LocalDate> dates = new HashMap<>();
    private int errorCount;
    private int rows;
    private String sheet = "";

    public FigureValidator(String file, TrustDirectory directory, StrikeCalendar calendar, LocalDate today) {
        this.file = file;
        this.directory = directory;
        this.calendar = calendar;
        this.hints = new OrganisationHints(directory);
        this.today = today;
    }

    @Override
    public void figure(RawFigure raw) {
        rows++;
        int before = errorCount;
        Strike strike = strike(raw.strike());
        Organisation org = organisation(raw.org(), strike);
        Metric metric = metric(raw.metric());
        LocalDate day = day(raw.row(), raw.date(), strike, metric);
        Long value = value(raw.value());
        String source = source(raw.source());
        LocalDate published = published(raw.published());
        if (errorCount > before) {
            return;
        }
        if (metric.englandOnly() && !org.isEngland()) {
            error(
                    raw.org(),
                    metric.id() + " is NHS England's running total for England as a whole; its org_code is "
                            + Organisation.ENGLAND_CODE + ", not " + org.code());
            return;
        }
        Figure figure = new Figure(strike.id(), org.code(), day, metric, value, source, published);
        Integer earlier = seen.putIfAbsent(figure.key(), raw.row());
        if (earlier != null) {
            error(
                    raw.row(),
                    "",
                    "the same strike, org_code, date and metric as row " + earlier
                            + "; a file may give each figure once");
            return;
        }
        figures.add(figure);
        if (metric == Metric.ACUTE_RESCHEDULED_CUMULATIVE) {
            runningTotals.add(new RunningTotalRow(figure, sheet, raw.value()));
        }
    }

    @Override
    public void error(ImportError error) {
        errorCount++;
        if (errors.size() < ERRORS_KEPT) {
            boolean inSheet = !sheet.isEmpty() && error.sheet().isEmpty() && error.row() > 0;
            errors.add(inSheet ? error.inSheet(sheet) : error);
        }
    }

    @Override
    public void sheet(String name) {
        sheet = name == null ? "" : name;
    }

    /** The outcome once the reader is done. */
    public Validated result() {
        return new Validated(
                file, rows, List.copyOf(figures), List.copyOf(runningTotals), List.copyOf(errors), errorCount);
    }

    private Strike strike(Cell cell) {
        if (required(cell, "strike")) {
            Optional<Strike> strike = strikes.computeIfAbsent(cell.trimmed(), calendar::byId);
            if (strike.isPresent()) {
                return strike.get();
            }
            List<String> ids = calendar.all().stream().map(Strike::id).toList();
            error(
                    cell,
                    "unknown strike \"" + cell.trimmed() + "\"" + ClosestWord.hint(cell.trimmed(), ids)
                            + " (strike ids are listed by /strikes)");
        }
        return null;
    }

    private Organisation organisation(Cell cell, Strike strike) {
        if (!required(cell, "org_code")) {
            return null;
        }
        Optional<Organisation> found = organisations.computeIfAbsent(cell.trimmed(), directory::byCode);
        if (found.isEmpty()) {
            error(cell, "unknown org_code \"" + cell.trimmed() + "\"" + hints.hint(cell.trimmed()));
            return null;
        }
        Organisation org = found.get();
        if (org.region() != null && !org.region().inEngland()) {
            error(cell, org.code() + " (" + org.name() + ") is in Wales; StrikeDesk holds figures for England");
        } else if (strike != null && org.closed() != null && org.closed().isBefore(strike.firstDay())) {
            error(
                    cell,
                    org.code() + " (" + org.name() + ") closed on " + org.closed() + ", before strike " + strike.id()
                            + "; its figures belong to the trust that took it over");
        } else if (strike != null && org.opened() != null && org.opened().isAfter(strike.lastDay())) {
            error(
                    cell,
                    org.code() + " (" + org.name() + ") opened on " + org.opened() + ", after strike " + strike.id());
        }
        return org;
    }

    private Metric metric(Cell cell) {
        if (!required(cell, "metric")) {
            return null;
        }
        Optional<Metric> metric = metrics.computeIfAbsent(cell.trimmed(), Metric::byId);
        if (metric.isEmpty()) {
            error(
                    cell,
                    "unknown metric \"" + cell.trimmed() + "\"" + ClosestWord.hint(cell.trimmed(), Metric.ids())
                            + " (metrics are " + String.join(", ", Metric.ids()) + ")");
        }
        return metric.orElse(null);
    }

    private LocalDate day(int row, Cell cell, Strike strike, Metric metric) {
        if (cell == null || cell.isBlank()) {
            if (metric != null && metric.dailyOnly()) {
                error(
                        cell == null ? new Cell("", row, "date") : cell,
                        metric.id() + " is a day's figure and needs a"
                                + " date; for the whole strike use staff_absent_max or staff_absent_min");
            }
            return null;
        }
        LocalDate day = date(cell, "date");
        if (day == null) {
            return null;
        }
        if (metric != null && metric.wholeStrikeOnly()) {
            String instead = metric.englandOnly() ? "" : ", or use staff_absent for a day";
            error(cell, metric.id() + " is a whole-strike figure; leave date empty" + instead);
        } else if (strike != null && !strike.isStrikeDay(day)) {
            error(
                    cell,
                    day + " is not a day of strike " + strike.id() + " (strike days: "
                            + strike.days().stream()
                                    .map(LocalDate::toString)
                                    .reduce((a, b) -> a + ", " + b)
                                    .orElse("") + ")");
        }
        return day;
    }

    private Long value(Cell cell) {
        if (!required(cell, "value")) {
            return null;
        }
        String text = cell.trimmed();
        if (isShortNumber(text)) {
            return Long.parseLong(text);
        }
        if (text.startsWith("-")
                && DIGITS.matcher(text.substring(1).replace(",", "")).matches()) {
            error(cell, "\"" + text + "\" is negative; a count is 0 or more");
            return null;
        }
        String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        if (!DIGITS.matcher(digits).matches()) {
            error(cell, "\"" + text + "\" is not a whole number; write a count such as 1214 or 1,214");
            return null;
        }
        if (digits.length() > 12) {
            error(cell, "\"" + text + "\" is too large to be a count of appointments or staff");
            return null;
        }
        return Long.parseLong(digits);
    }

    /** Plain digits, short enough to be a count: the common case, checked without a regular expression. */
    private static boolean isShortNumber(String text) {
        if (text.isEmpty() || text.length() > 12) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private String source(Cell cell) {
        if (!required(cell, "source")) {
            return null;
        }
        String text = cell.trimmed();
        String known = sources.get(text);
        if (known != null) {
            return known;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return sources.computeIfAbsent(text, s -> s);
            }
        } catch (URISyntaxException e) {
            // reported below, with the text the reader saw
        }
        error(cell, "\"" + text + "\" is not a web address; source must be the URL of the publication");
        return null;
    }

    private LocalDate published(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        LocalDate day = date(cell, "published");
        if (day != null && day.isAfter(today)) {
            error(cell, day + " is in the future; published is the date the source appeared");
        }
        return day;
    }

    private LocalDate date(Cell cell, String column) {
        String text = cell.trimmed();
        LocalDate known = dates.get(text);
        if (known != null) {
            return known;
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO);
            dates.put(text, date);
            return date;
        } catch (DateTimeParseException e) {
            String hint =
                    britishDate(text).map(d -> "; did you mean " + d + "?").orElse("");
            String problem = text.matches("\\d{4}-\\d{2}-\\d{2}") ? "is not a real date" : "is not an ISO date";
            error(cell, "\"" + text + "\" " + problem + " (" + column + " is written like 2023-04-11)" + hint);
            return null;
        }
    }

    private static Optional<LocalDate> britishDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, BRITISH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private boolean required(Cell cell, String column) {
        if (cell != null && !cell.isBlank()) {
            return true;
        }
        if (cell != null) {
            error(cell, column + " is empty; every row needs one");
        }
        return false;
    }

    private void error(Cell cell, String message) {
        error(new ImportError(file, cell.row(), cell.column(), message));
    }

    private void error(int row, String column, String message) {
        error(new ImportError(file, row, column, message));
    }
}
