package org.strikedesk.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strikedesk.Application;
import org.strikedesk.figures.Strike;
import org.strikedesk.trusts.Organisation;

/**
 * The keys of a large synthetic figures file: every trust in England open throughout a strike, every day of it, each
 * of some metrics, as {@code strike,org_code,date,metric} cells for {@link TidyCsv#row}.
 */
public final class TrustDayRows {
    private TrustDayRows() {}

    public static List<String> of(Application app, String strikeId, List<String> metrics) {
        Strike strike = app.reference().calendar().byId(strikeId).orElseThrow();
        List<String> keys = new ArrayList<>();
        for (Organisation trust : app.reference().directory().trusts()) {
            if (openThroughout(trust, strike)) {
                for (LocalDate day : strike.days()) {
                    metrics.forEach(metric -> keys.add(strikeId + "," + trust.code() + "," + day + "," + metric));
                }
            }
        }
        return keys;
    }

    private static boolean openThroughout(Organisation trust, Strike strike) {
        return trust.region() != null
                && trust.region().inEngland()
                && (trust.opened() == null || !trust.opened().isAfter(strike.firstDay()))
                && (trust.closed() == null || trust.closed().isAfter(strike.lastDay()));
    }
}
