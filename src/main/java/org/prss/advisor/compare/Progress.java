package org.prss.advisor.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * What changed between two assessments of one program: gaps closed (a gap that became MET, NOT_APPLICABLE or WAIVED;
 * a gap now UNKNOWN or PARTIAL is a status change, not a closed gap), new gaps, every status change, items only one
 * rule set has, the score per domain, what still keeps the later assessment from READY, and a note when the rule
 * sets differ or the two took different alternatives for a declared reading.
 */
public record Progress(
        AssessmentSnapshot before,
        AssessmentSnapshot after,
        List<Change> closedGaps,
        List<Change> newGaps,
        List<Change> statusChanges,
        List<String> onlyBefore,
        List<String> onlyAfter,
        List<ScoreChange> scores,
        List<String> stillBlocking,
        String ruleSetNote) {

    /**
     * The declared readings the two took differently (a reading one of them lacks is left out: it came with a
     * different rule set, which the rule-set note already says); null when they took the same.
     */
    private static String readingsNote(AssessmentSnapshot before, AssessmentSnapshot after) {
        List<String> differ = new ArrayList<>();
        before.readings().forEach((id, alternative) -> {
            String later = after.readings().get(id);
            if (later != null && !later.equals(alternative)) {
                differ.add(id + ": " + alternative + " before, " + later + " after");
            }
        });
        return differ.isEmpty()
                ? null
                : "The two assessments took different alternatives for declared readings (" + String.join("; ", differ)
                        + "): some changes may come from the reading, not the program.";
    }

    /** The statuses that close a gap: the item is in place, does not apply, or was accepted for now. */
    public static final Set<Status> CLOSING = Set.of(Status.MET, Status.NOT_APPLICABLE, Status.WAIVED);

    /**
     * One finding whose status changed, with its severity while open (in the later assessment, or the earlier when
     * closed).
     */
    public record Change(String id, String title, String domain, Severity severity, Status before, Status after) {}

    /** A domain's score before and after (either may be null when nothing could be scored). */
    public record ScoreChange(String domain, String name, Double before, Double after) {

        public Double delta() {
            return before == null || after == null ? null : Math.round((after - before) * 10) / 10.0;
        }
    }

    public static Progress between(AssessmentSnapshot before, AssessmentSnapshot after) {
        List<Change> closed = new ArrayList<>();
        List<Change> opened = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        List<String> onlyAfter = new ArrayList<>();
        for (AssessmentSnapshot.FindingState b : before.findings().values()) {
            AssessmentSnapshot.FindingState a = after.findings().get(b.id());
            if (a == null) {
                onlyBefore.add(b.id());
                continue;
            }
            if (a.status() == b.status()) {
                continue;
            }
            // The severity that matters is the open one: a closed gap keeps the severity it had while open.
            Change c = new Change(
                    a.id(),
                    a.title(),
                    a.domain(),
                    a.status().isOpen() ? a.severity() : b.severity(),
                    b.status(),
                    a.status());
            changed.add(c);
            if (b.status() == Status.GAP && CLOSING.contains(a.status())) {
                closed.add(c);
            }
            if (a.status() == Status.GAP) {
                opened.add(c);
            }
        }
        for (AssessmentSnapshot.FindingState a : after.findings().values()) {
            if (!before.findings().containsKey(a.id())) {
                onlyAfter.add(a.id());
                if (a.status() == Status.GAP) {
                    opened.add(new Change(a.id(), a.title(), a.domain(), a.severity(), null, a.status()));
                }
            }
        }
        List<ScoreChange> scores = new ArrayList<>();
        after.domains()
                .forEach((id, d) -> scores.add(new ScoreChange(
                        id,
                        d.name(),
                        before.domains().containsKey(id)
                                ? before.domains().get(id).score()
                                : null,
                        d.score())));
        before.domains().forEach((id, d) -> {
            if (!after.domains().containsKey(id)) {
                scores.add(new ScoreChange(id, d.name(), d.score(), null));
            }
        });
        scores.add(new ScoreChange("OVERALL", "Overall", before.overall(), after.overall()));
        String ruleSets = Objects.equals(before.ruleSetHash(), after.ruleSetHash())
                ? null
                : "The two assessments used different rule sets (" + before.ruleSetVersion() + " and "
                        + after.ruleSetVersion()
                        + (before.ruleSetVersion().equals(after.ruleSetVersion()) ? ", with different files" : "")
                        + "): some changes may come from the rules, not the program.";
        String readings = readingsNote(before, after);
        String note = ruleSets == null ? readings : readings == null ? ruleSets : ruleSets + " " + readings;
        return new Progress(
                before,
                after,
                closed,
                opened,
                changed,
                onlyBefore,
                onlyAfter,
                scores,
                after.verdict().equals("READY") ? List.of() : after.verdictReasons(),
                note);
    }
}
