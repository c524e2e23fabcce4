package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.prss.advisor.model.Citation;

/**
 * What the role rules decided about one proposed duty, why, and which sources say so: the most restrictive verdict
 * of its parts (a line listing several duties shows each). The rules insert exactly one per duty.
 *
 * @param parts the verdict on each duty of a compound line; empty when the line is one duty
 */
public record DutyVerdict(
        int duty,
        DutyFit fit,
        String reason,
        List<Citation> citations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> readAs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String instead,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PartVerdict> parts) {

    /** Most restrictive first: a duty ruled out, then one nobody could judge, then a condition, then a fit. */
    private static final List<DutyFit> RESTRICTIVENESS =
            List.of(DutyFit.KEEP_OUT, DutyFit.NEEDS_REVIEW, DutyFit.CONDITIONAL, DutyFit.FITS_ROLE, DutyFit.NOT_A_DUTY);

    public DutyVerdict {
        citations = List.copyOf(citations);
        readAs = List.copyOf(readAs);
        parts = List.copyOf(parts);
    }

    /** The line's verdict from its parts' verdicts (the rules collect them in any order). */
    public static DutyVerdict of(int duty, Collection<? extends PartVerdict> partVerdicts) {
        List<PartVerdict> parts = new ArrayList<>(partVerdicts);
        parts.sort(Comparator.comparingInt(PartVerdict::part));
        if (parts.size() == 1) {
            PartVerdict only = parts.get(0);
            return new DutyVerdict(
                    duty, only.fit(), only.reason(), only.citations(), only.readAs(), only.instead(), List.of());
        }
        DutyFit fit = parts.stream()
                .map(PartVerdict::fit)
                .min(Comparator.comparingInt(RESTRICTIVENESS::indexOf))
                .orElseThrow();
        Set<Citation> citations = new LinkedHashSet<>();
        List<String> reasons = new ArrayList<>();
        for (PartVerdict p : parts) {
            reasons.add((p.part() + 1) + ". '" + p.text() + "': " + p.fit() + ". " + p.reason());
            citations.addAll(p.citations());
        }
        String reason = "This line lists " + parts.size() + " duties; it takes the most restrictive verdict, " + fit
                + ". " + String.join(" ", reasons);
        List<String> readAs = parts.stream().flatMap(p -> p.readAs().stream()).toList();
        String instead = parts.stream()
                .filter(p -> p.fit() == fit && p.instead() != null)
                .map(p -> "'" + p.text() + "': " + p.instead())
                .reduce((a, b) -> a + " " + b)
                .orElse(null);
        return new DutyVerdict(duty, fit, reason, List.copyOf(citations), readAs, instead, parts);
    }
}
