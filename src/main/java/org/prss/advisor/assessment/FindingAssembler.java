package org.prss.advisor.assessment;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.engine.Outcome;
import org.prss.advisor.engine.ReadingChoice;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.DeclaredReading;
import org.prss.advisor.knowledge.ScoringPolicy;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Status;

/**
 * Joins a rule outcome with its item's wording, citations and severity policy into a finding. The finding cites the
 * item's sources, then those the outcome drew on that the item does not already cite.
 */
final class FindingAssembler {

    private final ScoringPolicy policy;
    private final Map<String, DeclaredReading> readings = new HashMap<>();

    FindingAssembler(ScoringPolicy policy, List<DeclaredReading> readings) {
        this.policy = policy;
        readings.forEach(r -> this.readings.put(r.id(), r));
    }

    Finding assemble(ChecklistItem item, Outcome outcome) {
        Status status = outcome.getStatus();
        ScoringPolicy.SeverityRule rule =
                policy.findingSeverity().getOrDefault(status, ScoringPolicy.SeverityRule.ITEM);
        String rationale = status.isOpen() || status == Status.WAIVED
                ? outcome.rationale() + " " + item.why()
                : outcome.rationale();
        String recommendation = switch (status) {
            case MET -> "No action needed: keep this in place and review it at the next assessment.";
            case NOT_APPLICABLE -> "No action needed for this program.";
            case UNKNOWN -> "Find out: " + item.question() + " If not, " + lowerFirst(item.recommendation());
            default -> item.recommendation();
        };
        Finding.WaiverNote waiver = outcome.waiver() == null
                ? null
                : new Finding.WaiverNote(
                        outcome.waiver().approvedBy(),
                        outcome.waiver().justification(),
                        outcome.waiver().expires().toString(),
                        outcome.waiverExpired(),
                        outcome.statusBeforeWaiver());
        return new Finding(
                item.id(),
                item.domain(),
                item.groupName(),
                item.title(),
                status,
                rule.apply(item.severity()),
                rationale,
                recommendation,
                citations(item, outcome),
                outcome.evidence(),
                outcome.rule(),
                waiver,
                outcome.readings().stream().map(this::note).toList());
    }

    private Finding.ReadingNote note(ReadingChoice choice) {
        DeclaredReading r = readings.get(choice.id());
        return new Finding.ReadingNote(
                r.id(),
                r.title(),
                r.source(),
                choice.alternative(),
                r.alternative(choice.alternative())
                        .map(DeclaredReading.Alternative::reads)
                        .orElseThrow(),
                choice.chosenByUser());
    }

    private static List<Citation> citations(ChecklistItem item, Outcome outcome) {
        if (outcome.citations().isEmpty()) {
            return item.citations(); // most outcomes cite nothing of their own
        }
        Set<Citation> all = new LinkedHashSet<>(item.citations());
        all.addAll(outcome.citations());
        return List.copyOf(all);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
