package org.prss.advisor.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.ScoringPolicy;
import org.prss.advisor.model.Status;

/** Scores findings per domain and overall, by the formula in {@code checklists/scoring.yaml}. */
final class Scorer {

    private final KnowledgeBase knowledge;
    private final ScoringPolicy policy;
    private final Map<String, ChecklistItem> itemsById = new HashMap<>();

    Scorer(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.policy = knowledge.scoring();
        knowledge.items().forEach(i -> itemsById.put(i.id(), i));
    }

    /** Scores the given domains' findings; the overall score covers those of them that are scored. */
    Scores score(List<Finding> findings, Set<String> scope) {
        Map<String, List<Finding>> byDomain = new HashMap<>();
        for (Finding finding : findings) {
            byDomain.computeIfAbsent(finding.domain(), d -> new ArrayList<>()).add(finding);
        }
        Tally overall = new Tally();
        List<DomainScore> domains = new ArrayList<>();
        for (Domain domain : knowledge.domains()) {
            if (!scope.contains(domain.id())) {
                continue;
            }
            Tally tally = new Tally();
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                counts.put(s, 0);
            }
            Double domainWeight = policy.domainWeights().get(domain.id());
            for (Finding finding : byDomain.getOrDefault(domain.id(), List.of())) {
                counts.merge(finding.status(), 1, Integer::sum);
                ChecklistItem item = itemsById.get(finding.id());
                tally.add(item, finding.status(), 1.0);
                if (domain.scored()) {
                    overall.add(item, finding.status(), domainWeight);
                }
            }
            domains.add(new DomainScore(domain.id(), domain.name(), domain.scored(), tally.score(), counts));
        }
        return new Scores(overall.score(), domains, policy.formula());
    }

    /** Running sums of weight and earned credit. */
    private final class Tally {
        private double weight;
        private double earned;

        void add(ChecklistItem item, Status status, double domainWeight) {
            Double credit = policy.statusCredit().get(status);
            if (credit == null) {
                return;
            }
            double w = domainWeight * policy.severityWeights().getOrDefault(item.severity(), 0);
            weight += w;
            earned += w * credit;
        }

        Double score() {
            return weight == 0 ? null : Math.round(1000.0 * earned / weight) / 10.0;
        }
    }
}
