package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleSignal;
import org.prss.advisor.knowledge.WorksheetAnswer;
import org.prss.advisor.model.Citation;

/**
 * What the role rules decided about one part of a proposed duty, why, and which sources say so. The rules insert
 * exactly one per part; the factories put the reasons in a stable order whatever order the rules collected them in.
 */
public record PartVerdict(
        @JsonIgnore int duty, @JsonIgnore int part, String text, DutyFit fit, String reason, List<Citation> citations) {

    public PartVerdict {
        citations = List.copyOf(citations);
    }

    /**
     * Decided by the signals, worksheet activities and corpus kinds the part matched, each named with what showed
     * it (the words, or the labelled example it resembles), and by a condition the part states.
     */
    public static PartVerdict of(
            DutyPart part,
            DutyFit fit,
            String verdict,
            Collection<?> signals,
            Collection<?> activities,
            Collection<?> kinds,
            Collection<?> conditions) {
        List<String> reasons = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        Map<RoleSignal, List<String>> shown = new LinkedHashMap<>();
        signals.stream()
                .map(SignalMatch.class::cast)
                .sorted(SignalMatch.ORDER)
                .forEach(s -> shown.computeIfAbsent(s.signal(), k -> new ArrayList<>())
                        .add(s.evidence()));
        shown.forEach((signal, evidence) -> {
            reasons.add(signal.name() + " (" + String.join("; ", evidence) + "): " + signal.meaning());
            citations.addAll(signal.citations());
        });
        activities.stream()
                .map(ActivityMatch.class::cast)
                .sorted(Comparator.comparing(m -> m.activity().line()))
                .forEach(m -> {
                    RoleActivity a = m.activity();
                    reasons.add(m.describe() + ": part of the role "
                            + a.partOfRole().describe()
                            + "; conflicts with peer values "
                            + a.conflictsWithValues().describe()
                            + "; another staff member better suited "
                            + a.anotherRoleBetter().describe() + ".");
                    citations.add(a.worksheet());
                    for (WorksheetAnswer answer : List.of(a.partOfRole(), a.conflictsWithValues())) {
                        citations.addAll(answer.citations());
                    }
                });
        kinds.stream()
                .map(KindMatch.class::cast)
                .sorted(Comparator.comparing(KindMatch::kindId))
                .forEach(k -> {
                    reasons.add(k.describe() + ": " + k.kind().verdict()
                            + (k.kind().condition() == null
                                    ? ""
                                    : ", " + k.kind().condition()) + ".");
                    citations.addAll(k.kind().citations());
                });
        conditions.stream()
                .map(ConditionMet.class::cast)
                .findFirst()
                .ifPresent(c -> reasons.add("Condition met: " + c.describe() + "."));
        for (Object o : signals) {
            citeExample(((SignalMatch) o).example(), citations);
        }
        for (Object o : activities) {
            citeExample(((ActivityMatch) o).example(), citations);
        }
        for (Object o : kinds) {
            citeExample(((KindMatch) o).example(), citations);
        }
        return new PartVerdict(
                part.duty(),
                part.part(),
                part.text(),
                fit,
                verdict + " " + String.join(" ", reasons),
                List.copyOf(citations));
    }

    private static void citeExample(Resemblance example, Set<Citation> citations) {
        if (example != null) {
            citations.addAll(example.example().citations());
        }
    }

    /** Nothing settled the part: it is reported for a person to judge, never dropped, with the nearest examples. */
    public static PartVerdict unmatched(DutyPart part, Collection<?> suggestions) {
        List<String> nearest = suggestions.stream()
                .map(Suggestions.class::cast)
                .flatMap(s -> s.nearest().stream())
                .map(r -> "'" + r.text() + "' (" + r.label() + ", " + r.verdict() + ", similarity " + r.similarityText()
                        + ")")
                .toList();
        String reason = "Needs human review: no phrase rule matched this duty's words and no labelled example is close"
                + " and consistent enough to decide it."
                + (nearest.isEmpty() ? "" : " Nearest labelled examples: " + String.join("; ", nearest) + ".");
        return new PartVerdict(part.duty(), part.part(), part.text(), DutyFit.NEEDS_REVIEW, reason, List.of());
    }
}
