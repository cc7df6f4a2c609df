package org.strikedesk.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.strikedesk.figures.Figure;
import org.strikedesk.figures.Metric;
import org.strikedesk.figures.Strike;
import org.strikedesk.replies.HouseStyle;
import org.strikedesk.trusts.Organisation;
import org.strikedesk.trusts.TrustDirectory;

/** How findings name what they are about, so that every rule's sentences read alike. */
final class Wording {
    private final TrustDirectory directory;

    Wording(TrustDirectory directory) {
        this.directory = directory;
    }

    Organisation organisation(String code) {
        return directory.byCode(code).orElse(new Organisation(code, code, Organisation.Kind.TRUST, null, null, null));
    }

    /** "East and North Hertfordshire NHS Trust (RWH) in the junior doctors' strike of 14–16 June 2023". */
    String scope(Figure.Scope scope, Strike strike) {
        Organisation org = organisation(scope.orgCode());
        return HouseStyle.capitalised(HouseStyle.subject(org)) + " (" + org.code() + ") in the " + strike(strike);
    }

    /** "the junior doctors' strike of 14–16 June 2023". */
    static String strike(Strike strike) {
        return strike.name() + " of " + HouseStyle.days(strike.days());
    }

    /** "inpatient and day case, 15 December 2022", "outpatient, whole strike". */
    static String figure(Figure figure) {
        return figure.metric().label().toLowerCase(Locale.UK) + ", "
                + (figure.day() == null ? "whole strike" : HouseStyle.date(figure.day()));
    }

    /** What a rescheduled count counts, as running text: "acute appointments and procedures". */
    static String counted(Metric metric) {
        return switch (metric) {
            case INPATIENT_RESCHEDULED -> "inpatient and day-case procedures";
            case OUTPATIENT_RESCHEDULED -> "outpatient appointments";
            case MENTAL_HEALTH_RESCHEDULED -> "mental health appointments";
            case COMMUNITY_RESCHEDULED -> "community appointments";
            default -> "acute appointments and procedures";
        };
    }

    /** "three times", "2.5 times", "twice". */
    static String times(double factor) {
        if (factor == 2) {
            return "twice";
        }
        if (factor == Math.rint(factor)) {
            return HouseStyle.count((long) factor) + " times";
        }
        return new BigDecimal(Double.toString(factor)).stripTrailingZeros().toPlainString() + " times";
    }

    /** "50%", "12.5%": a share as a percentage, without needless decimals. */
    static String percent(double share) {
        return new BigDecimal(Double.toString(share * 100))
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }
}
