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
 * @param readings  the declared readings it rests on, where a rule decided more than a source states
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
        WaiverNote waiver,
        List<ReadingNote> readings) {

    /** A waiver as it bears on a finding. */
    public record WaiverNote(
            String approvedBy, String justification, String expires, boolean expired, Status statusWithoutWaiver) {}

    /**
     * A declared reading as it bears on a finding: what the sources say (in our words), the alternative taken and what
     * it reads, and whether the user chose it or it is the advisor's default.
     */
    public record ReadingNote(
            String id, String title, String source, String alternative, String reading, boolean chosenByUser) {}
}
