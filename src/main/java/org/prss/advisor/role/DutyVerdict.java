package org.prss.advisor.role;

import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleSignal;
import org.prss.advisor.knowledge.WorksheetAnswer;
import org.prss.advisor.model.Citation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the role rules decided about one proposed duty, why, and which sources say so. The rules insert exactly
 * one per duty; the factories put the reasons in a stable order whatever order the rules collected them in.
 */
public record DutyVerdict(int duty, DutyFit fit, String reason, List<Citation> citations) {

    public DutyVerdict {
        citations = List.copyOf(citations);
    }

    /**
     * Decided by the signals in the duty and the worksheet answers of the activities it matched: each named with
     * the words that showed it, and the sources that say so.
     */
    public static DutyVerdict of(int duty, DutyFit fit, String verdict, Collection<?> signals, Collection<?> activities) {
        List<String> reasons = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        Map<RoleSignal, List<String>> shown = new LinkedHashMap<>();
        signals.stream().map(SignalMatch.class::cast)
                .sorted(SignalMatch.ORDER)
                .forEach(s -> shown.computeIfAbsent(s.signal(), k -> new ArrayList<>()).add(s.evidence()));
        shown.forEach((signal, evidence) -> {
            reasons.add(signal.name() + " (" + String.join("; ", evidence) + "): " + signal.meaning());
            citations.addAll(signal.citations());
        });
        activities.stream().map(ActivityMatch.class::cast)
                .sorted(Comparator.comparing(m -> m.activity().line()))
                .forEach(m -> {
                    RoleActivity a = m.activity();
                    reasons.add(m.describe() + ": part of the role " + a.partOfRole().describe()
                            + "; conflicts with peer values " + a.conflictsWithValues().describe()
                            + "; another staff member better suited " + a.anotherRoleBetter().describe() + ".");
                    citations.add(a.worksheet());
                    for (WorksheetAnswer answer : List.of(a.partOfRole(), a.conflictsWithValues())) {
                        citations.addAll(answer.citations());
                    }
                });
        return new DutyVerdict(duty, fit, verdict + " " + String.join(" ", reasons), List.copyOf(citations));
    }

    /** Nothing matched: the duty is reported for a person to judge, never dropped. */
    public static DutyVerdict unmatched(int duty) {
        return new DutyVerdict(duty, DutyFit.NEEDS_REVIEW,
                "Needs human review: no worksheet activity or role signal matched this duty's words.", List.of());
    }
}
