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
 * show a bare link. Hosts not listed are named by their address.
 */
public final class Publishers {
    private static final String NHS_ENGLAND = "NHS England";
    private static final Map<String, String> BY_HOST = Map.ofEntries(
            Map.entry("england.nhs.uk", NHS_ENGLAND),
            Map.entry("thecomet.net", "The Comet"),
            Map.entry("dailymail.co.uk", "Daily Mail"),
            Map.entry("thecourier.co.uk", "The Courier"),
            Map.entry("newschainonline.com", "NewsChain"),
            Map.entry("wired-gov.net", "NHS England press release (via Wired-Gov)"),
            Map.entry("itv.com", "ITV News"),
            Map.entry("healthbusinessuk.net", "Health Business"),
            Map.entry("yahoo.com", "Yahoo News"),
            Map.entry("worksopguardian.co.uk", "Worksop Guardian"),
            Map.entry("bbc.co.uk", "BBC News"),
            Map.entry("theguardian.com", "The Guardian"));

    /** Hosts of the URLs seen, which are few: every figure names one of a handful of publications. */
    private static final Map<String, String> HOSTS = new ConcurrentHashMap<>();

    private Publishers() {}

    /** The publication's name, e.g. "The Comet"; the host where it is not known. */
    public static String name(String url) {
        String host = host(url);
        String candidate = host;
        while (!candidate.isEmpty()) {
            String name = BY_HOST.get(candidate);
            if (name != null) {
                return name;
            }
            int dot = candidate.indexOf('.');
            candidate = dot < 0 ? "" : candidate.substring(dot + 1);
        }
        return host.isEmpty() ? url : host;
    }

    /** True when the publication is NHS England's own. */
    public static boolean isNhsEngland(String url) {
        return name(url).startsWith(NHS_ENGLAND);
    }

    /** "The Comet, reporting NHS England data (published 18 April 2023): URL". */
    public static String line(Source source) {
        String name = name(source.url());
        String who = isNhsEngland(source.url()) ? name : name + ", reporting NHS England data";
        String when = Optional.ofNullable(source.published())
                .map(day -> " (published " + HouseStyle.date(day) + ")")
                .orElse("");
        return who + when + ": " + source.url();
    }

    /**
     * Who published some figures, in one phrase: "NHS England", "NHS England data via The Comet", or "NHS England
     * data, from NHS England and as reported by The Courier and ITV News".
     */
    public static String summary(List<Source> sources) {
        boolean direct = sources.stream().anyMatch(source -> isNhsEngland(source.url()));
        List<String> reported = sources.stream()
                .filter(source -> !isNhsEngland(source.url()))
                .map(source -> name(source.url()))
                .distinct()
                .toList();
        if (reported.isEmpty()) {
            return NHS_ENGLAND;
        }
        String via = HouseStyle.list(reported);
        return direct
                ? NHS_ENGLAND + " data, from NHS England and as reported by " + via
                : NHS_ENGLAND + " data via " + via;
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
