package org.strikedesk.ingest.validate;

import java.util.List;
import org.strikedesk.ingest.errors.ClosestWord;
import org.strikedesk.trusts.Resolution;
import org.strikedesk.trusts.TrustDirectory;
import org.strikedesk.trusts.TrustResolver;

/**
 * Says which organisation code a file probably meant: a near code, or the code of a name or alias. The name index is
 * built only when a file has an unknown code, not for every import.
 */
final class OrganisationHints {
    private final TrustDirectory directory;
    private TrustResolver resolver;

    OrganisationHints(TrustDirectory directory) {
        this.directory = directory;
    }

    String hint(String text) {
        if (resolver == null) {
            resolver = new TrustResolver(directory);
        }
        if (resolver.resolve(text) instanceof Resolution.Found found) {
            return "; did you mean " + found.organisation().code() + " ("
                    + found.organisation().name() + ")?";
        }
        List<String> codes = directory.codes();
        return ClosestWord.among(text, codes)
                .flatMap(directory::byCode)
                .map(org -> "; did you mean " + org.code() + " (" + org.name() + ")?")
                .orElse("; org_code is an ODS trust code, ENG for England, or a region code Y56 to Y63");
    }
}
