package org.prss.advisor.roleeval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.role.DutyFit;

/**
 * How far two labellers agree on the verdicts of the same lines: the share of lines they gave one verdict, and
 * Cohen's kappa, that share corrected for the agreement their verdict frequencies alone would give by chance.
 *
 * @param pairs each line's verdict by the corpus and by the second labeller
 */
public record LabellerAgreement(List<Pair> pairs) {

    /** One line's two verdicts. */
    public record Pair(String text, DutyFit corpus, DutyFit second) {}

    public LabellerAgreement {
        pairs = List.copyOf(pairs);
    }

    public int lines() {
        return pairs.size();
    }

    /** The share of lines given the same verdict by both. */
    public double agreement() {
        return pairs.isEmpty()
                ? 0
                : (double) pairs.stream().filter(p -> p.corpus() == p.second()).count() / pairs.size();
    }

    /** Cohen's kappa: (observed - chance) / (1 - chance), chance from each labeller's own verdict frequencies. */
    public double kappa() {
        if (pairs.isEmpty()) {
            return 0;
        }
        Map<DutyFit, Integer> first = new EnumMap<>(DutyFit.class);
        Map<DutyFit, Integer> second = new EnumMap<>(DutyFit.class);
        for (Pair p : pairs) {
            first.merge(p.corpus(), 1, Integer::sum);
            second.merge(p.second(), 1, Integer::sum);
        }
        double n = pairs.size();
        double chance = 0;
        for (DutyFit f : DutyFit.values()) {
            chance += first.getOrDefault(f, 0) / n * (second.getOrDefault(f, 0) / n);
        }
        return chance >= 1 ? 1 : (agreement() - chance) / (1 - chance);
    }
}
