package org.prss.advisor.assessment;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * The advisor's verdict on one item: what it found, why it matters, what to do and where the guidance says so.
 *
 * @param evidence  the input paths the finding rests on
 * @param decidedBy the name of the rule that decided it
 * @param waiver    the waiver that applied or lapsed, or null
 */
public record Finding(
        String id,
        String domain,
        String group,
        String title,
        Status status,
        Severity severity,
        String rationale,
        String recommendation,
        List<Citation> citations,
        List<String> evidence,
        String decidedBy,
        WaiverNote waiver) {

    /** A waiver as it bears on a finding. */
    public record WaiverNote(
            String approvedBy, String justification, String expires, boolean expired, Status statusWithoutWaiver) {}
}
