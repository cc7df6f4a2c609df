package org.strikedesk.review;

import java.util.List;
import org.strikedesk.ingest.Finding;

/** One rule of the plausibility gate. */
interface GateRule {
    /** What breaks this rule in the proposal; empty when nothing does. */
    List<Finding> check(Proposal proposal);
}
