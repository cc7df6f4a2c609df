package org.strikedesk.replies;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.strikedesk.figures.Source;

/**
 * Names the publication behind a source URL, so a reply can say "The Comet, reporting NHS England data" rather than
 * show a bare link. Only publications known to report NHS England's figures are said to: any other is named as its
 * own publisher, by its name where it is listed here and by its address where it is not.
 */
public final class Publishers {
    private static final String NHS_ENGLAND = "NHS England";

    /** Whose figures a publication gives: NHS England's own, NHS England's as reported, or its own. */
    private enum Kind {
        NHS_ENGLAND,
        REPORTS_NHS_ENGLAND,
        OWN
    }

    private record Publisher(String name, Kind kind) {}

    /**
     * The publications StrikeDesk knows. Those marked as reporting NHS England data are the ones the shipped figures
     * cite for NHS England's figures (see data/SOURCES.md); the others are named, but what they report is not known.
     */
    private static final Map<String, Publisher> BY_HOST = Map.ofEntries(
            Map.entry("england.nhs.uk", new Publisher(NHS_ENGLAND, Kind.NHS_ENGLAND)),
            Map.entry("wired-gov.net", new Publisher("NHS England press release (via Wired-Gov)", Kind.NHS_ENGLAND)),
            Map.entry("thecomet.net", new Publisher("The Comet", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("dailymail.co.uk", new Publisher("Daily Mail", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("thecourier.co.uk", new Publisher("The Courier", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("newschainonline.com", new Publisher("NewsChain", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("itv.com", new Publisher("ITV News", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("healthbusinessuk.net", new Publisher("Health Business", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("yahoo.com", new Publisher("Yahoo News", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("worksopguardian.co.uk", new Publisher("Worksop Guardian", Kind.REPORTS_NHS_ENGLAND)),
            Map.entry("bbc.co.uk", new Publisher("BBC News", Kind.OWN)),
            Map.entry("theguardian.com", new Publisher("The Guardian", Kind.OWN)));

    /** Hosts of the URLs seen, which are few: every figure names one of a handful of publications. */
    private static final Map<String, String> HOSTS = new ConcurrentHashMap<>();

    private Publishers() {}

    /** The publication's name, e.g. "The Comet"; the host where it is not known. */
    public static String name(String url) {
        return publisher(url).name();
    }

    /** True when the publication is NHS England's own. */
    public static boolean isNhsEngland(String url) {
        return publisher(url).kind() == Kind.NHS_ENGLAND;
    }

    /** True when the figures are NHS England's: published by it, or by a publication known to report its data. */
    public static boolean givesNhsEnglandData(String url) {
        return publisher(url).kind() != Kind.OWN;
    }

    /** "The Comet, reporting NHS England data (published 18 April 2023): URL"; "example.org: URL". */
    public static String line(Source source) {
        Publisher publisher = publisher(source.url());
        String who = publisher.kind() == Kind.REPORTS_NHS_ENGLAND
                ? publisher.name() + ", reporting NHS England data"
                : publisher.name();
        String when = Optional.ofNullable(source.published())
                .map(day -> " (published " + HouseStyle.date(day) + ")")
                .orElse("");
        return who + when + ": " + source.url();
    }

    /**
     * Who published some figures, in one phrase: "NHS England", "NHS England data via The Comet", "NHS England data,
     * from NHS England and as reported by The Courier and ITV News", "example.org", or "NHS England data via The
     * Comet; example.org".
     */
    public static String summary(List<Source> sources) {
        List<String> others = ownPublishers(sources);
        String nhs = nhsEnglandPhrase(sources);
        if (nhs.isEmpty()) {
            return HouseStyle.list(others);
        }
        return others.isEmpty() ? nhs : nhs + "; " + HouseStyle.list(others);
    }

    /**
     * Whose figures a quote gives, to end its sentence: "according to NHS England data", "according to figures
     * published by example.org", or "according to NHS England data and figures published by example.org".
     */
    public static String attribution(List<Source> sources) {
        List<String> others = ownPublishers(sources);
        boolean nhs = sources.stream().anyMatch(source -> givesNhsEnglandData(source.url()));
        String published = "figures published by " + HouseStyle.list(others);
        if (others.isEmpty()) {
            return "according to NHS England data";
        }
        return nhs ? "according to NHS England data and " + published : "according to " + published;
    }

    private static String nhsEnglandPhrase(List<Source> sources) {
        boolean direct = sources.stream().anyMatch(source -> isNhsEngland(source.url()));
        List<String> reported = sources.stream()
                .filter(source -> publisher(source.url()).kind() == Kind.REPORTS_NHS_ENGLAND)
                .map(source -> name(source.url()))
                .distinct()
                .toList();
        if (reported.isEmpty()) {
            return direct ? NHS_ENGLAND : "";
        }
        String via = HouseStyle.list(reported);
        return direct
                ? NHS_ENGLAND + " data, from NHS England and as reported by " + via
                : NHS_ENGLAND + " data via " + via;
    }

    private static List<String> ownPublishers(List<Source> sources) {
        return sources.stream()
                .filter(source -> !givesNhsEnglandData(source.url()))
                .map(source -> name(source.url()))
                .distinct()
                .toList();
    }

    private static Publisher publisher(String url) {
        String host = host(url);
        String candidate = host;
        while (!candidate.isEmpty()) {
            Publisher known = BY_HOST.get(candidate);
            if (known != null) {
                return known;
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return new Publisher(host.isEmpty() ? url : host, Kind.OWN);
    }

    private static String host(String url) {
        return HOSTS.computeIfAbsent(url, Publishers::parseHost);
    }

    private static String parseHost(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
