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
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    private final Consumer<Figure> accepted;
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
        this(file, directory, calendar, today, figure -> {});
    }

    /**
     * A validator that also hands on each figure it accepts, as it accepts it, while it has found no error, so that
     * work on the figures can begin before the whole file is read. A figure handed on may still belong to a file
     * rejected later (by a later row, or a check of the whole file): only {@link #result()} says.
     *
     * @param accepted given each valid figure, in the order read, until the first error
     */
    public FigureValidator(
            String file,
            TrustDirectory directory,
            StrikeCalendar calendar,
            LocalDate today,
            Consumer<Figure> accepted) {
        this.file = file;
        this.directory = directory;
        this.calendar = calendar;
        this.hints = new OrganisationHints(directory);
        this.today = today;
        this.accepted = accepted;
    }

    @Override
    public void figure(RawFigure raw) {
        rows++;
        int row = raw.row();
        Checked<Strike> strike = strike(row, raw.strike());
        Checked<Organisation> org = organisation(row, raw.org(), strike.found());
        Checked<Metric> metric = metric(row, raw.metric());
        Checked<Optional<LocalDate>> day = day(row, raw.date(), strike.found(), metric.found());
        Checked<Long> value = value(row, raw.value());
        Checked<String> source = source(row, raw.source());
        Checked<Optional<LocalDate>> published = published(raw.published());
        boolean wrong = false;
        for (Checked<?> checked : List.of(strike, org, metric, day, value, source, published)) {
            Optional<ImportError> problem = checked.error();
            if (problem.isPresent()) {
                error(problem.get());
                wrong = true;
            }
        }
        if (wrong) {
            return;
        }
        Metric counted = metric.orElseThrow();
        Organisation organisation = org.orElseThrow();
        if (counted.englandOnly() && !organisation.isEngland()) {
            error(new ImportError(
                    file,
                    row,
                    raw.org().column(),
                    counted.id() + " is NHS England's running total for England as a whole; its org_code is "
                            + Organisation.ENGLAND_CODE + ", not " + organisation.code()));
            return;
        }
        Figure figure = new Figure(
                strike.orElseThrow().id(),
                organisation.code(),
                day.orElseThrow().orElse(null),
                counted,
                value.orElseThrow(),
                source.orElseThrow(),
                published.orElseThrow().orElse(null));
        Integer earlier = seen.putIfAbsent(figure.key(), row);
        if (earlier != null) {
            error(new ImportError(
                    file,
                    row,
                    "",
                    "the same strike, org_code, date and metric as row " + earlier
                            + "; a file may give each figure once"));
            return;
        }
        figures.add(figure);
        if (errorCount == 0) {
            accepted.accept(figure);
        }
        if (counted == Metric.ACUTE_RESCHEDULED_CUMULATIVE) {
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

    private Checked<Strike> strike(int row, Cell cell) {
        return required(row, cell, "strike")
                .then(id -> strikes.computeIfAbsent(id, calendar::byId)
                        .map(Checked::valid)
                        .orElseGet(() -> invalid(
                                cell,
                                "unknown strike \"" + id + "\""
                                        + ClosestWord.hint(
                                                id,
                                                calendar.all().stream()
                                                        .map(Strike::id)
                                                        .toList())
                                        + " (strike ids are listed by /strikes)")));
    }

    private Checked<Organisation> organisation(int row, Cell cell, Optional<Strike> strike) {
        return required(row, cell, "org_code")
                .then(code -> organisations
                        .computeIfAbsent(code, directory::byCode)
                        .map(org -> inPlaceAndTime(cell, org, strike))
                        .orElseGet(() -> invalid(cell, "unknown org_code \"" + code + "\"" + hints.hint(code))));
    }

    /** An organisation in England, open during the strike. */
    private Checked<Organisation> inPlaceAndTime(Cell cell, Organisation org, Optional<Strike> known) {
        if (org.region() != null && !org.region().inEngland()) {
            return invalid(
                    cell, org.code() + " (" + org.name() + ") is in Wales; StrikeDesk holds figures for England");
        }
        if (known.isEmpty()) {
            return Checked.valid(org);
        }
        Strike strike = known.get();
        if (org.closed() != null && org.closed().isBefore(strike.firstDay())) {
            return invalid(
                    cell,
                    org.code() + " (" + org.name() + ") closed on " + org.closed() + ", before strike " + strike.id()
                            + "; its figures belong to the trust that took it over");
        }
        if (org.opened() != null && org.opened().isAfter(strike.lastDay())) {
            return invalid(
                    cell,
                    org.code() + " (" + org.name() + ") opened on " + org.opened() + ", after strike " + strike.id());
        }
        return Checked.valid(org);
    }

    private Checked<Metric> metric(int row, Cell cell) {
        return required(row, cell, "metric")
                .then(id -> metrics.computeIfAbsent(id, Metric::byId)
                        .map(Checked::valid)
                        .orElseGet(() -> invalid(
                                cell,
                                "unknown metric \"" + id + "\"" + ClosestWord.hint(id, Metric.ids()) + " (metrics are "
                                        + String.join(", ", Metric.ids()) + ")")));
    }

    /** The strike day, or none for a whole-strike figure. */
    private Checked<Optional<LocalDate>> day(int row, Cell cell, Optional<Strike> strike, Optional<Metric> metric) {
        if (cell == null || cell.isBlank()) {
            if (metric.isPresent() && metric.get().dailyOnly()) {
                return invalid(
                        cell == null ? new Cell("", row, "date") : cell,
                        metric.get().id() + " is a day's figure and needs a"
                                + " date; for the whole strike use staff_absent_max or staff_absent_min");
            }
            return Checked.valid(Optional.empty());
        }
        return date(cell, "date").then(day -> {
            if (metric.isPresent() && metric.get().wholeStrikeOnly()) {
                String instead = metric.get().englandOnly() ? "" : ", or use staff_absent for a day";
                return invalid(cell, metric.get().id() + " is a whole-strike figure; leave date empty" + instead);
            }
            if (strike.isPresent() && !strike.get().isStrikeDay(day)) {
                return invalid(
                        cell,
                        day + " is not a day of strike " + strike.get().id() + " (strike days: "
                                + strike.get().days().stream()
                                        .map(LocalDate::toString)
                                        .collect(Collectors.joining(", "))
                                + ")");
            }
            return Checked.valid(Optional.of(day));
        });
    }

    private Checked<Long> value(int row, Cell cell) {
        return required(row, cell, "value").then(text -> {
            if (isShortNumber(text)) {
                return Checked.valid(Long.parseLong(text));
            }
            if (text.startsWith("-")
                    && DIGITS.matcher(text.substring(1).replace(",", "")).matches()) {
                return invalid(cell, "\"" + text + "\" is negative; a count is 0 or more");
            }
            String digits = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
            if (!DIGITS.matcher(digits).matches()) {
                return invalid(cell, "\"" + text + "\" is not a whole number; write a count such as 1214 or 1,214");
            }
            if (digits.length() > 12) {
                return invalid(cell, "\"" + text + "\" is too large to be a count of appointments or staff");
            }
            return Checked.valid(Long.parseLong(digits));
        });
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

    private Checked<String> source(int row, Cell cell) {
        return required(row, cell, "source").then(text -> {
            String known = sources.get(text);
            if (known != null) {
                return Checked.valid(known);
            }
            if (isWebAddress(text)) {
                return Checked.valid(sources.computeIfAbsent(text, s -> s));
            }
            return invalid(cell, "\"" + text + "\" is not a web address; source must be the URL of the publication");
        });
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The publication date, or none when it is not given. */
    private Checked<Optional<LocalDate>> published(Cell cell) {
        if (cell == null || cell.isBlank()) {
            return Checked.valid(Optional.empty());
        }
        return date(cell, "published")
                .then(day -> day.isAfter(today)
                        ? invalid(cell, day + " is in the future; published is the date the source appeared")
                        : Checked.valid(Optional.of(day)));
    }

    private Checked<LocalDate> date(Cell cell, String column) {
        String text = cell.trimmed();
        LocalDate known = dates.get(text);
        if (known != null) {
            return Checked.valid(known);
        }
        try {
            LocalDate date = LocalDate.parse(text, ISO);
            dates.put(text, date);
            return Checked.valid(date);
        } catch (DateTimeParseException e) {
            String hint =
                    britishDate(text).map(d -> "; did you mean " + d + "?").orElse("");
            String problem = text.matches("\\d{4}-\\d{2}-\\d{2}") ? "is not a real date" : "is not an ISO date";
            return invalid(cell, "\"" + text + "\" " + problem + " (" + column + " is written like 2023-04-11)" + hint);
        }
    }

    private static Optional<LocalDate> britishDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text, BRITISH));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A required cell's trimmed text; a blank cell, or a column the file does not have, is an error. */
    private Checked<String> required(int row, Cell cell, String column) {
        if (cell == null) {
            return Checked.invalid(
                    new ImportError(file, row, column, "there is no " + column + " column; every row" + " needs one"));
        }
        if (cell.isBlank()) {
            return invalid(cell, column + " is empty; every row needs one");
        }
        return Checked.valid(cell.trimmed());
    }

    private <T> Checked<T> invalid(Cell cell, String message) {
        return Checked.invalid(new ImportError(file, cell.row(), cell.column(), message));
    }
}
