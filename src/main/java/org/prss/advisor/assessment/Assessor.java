package org.prss.advisor.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.prss.advisor.engine.Evaluation;
import org.prss.advisor.engine.Evaluator;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Severity;

/** Assesses a program description: rules to outcomes, outcomes to findings, then scores, verdict and plan. */
public final class Assessor {

    private final KnowledgeBase knowledge;
    private final List<ChecklistItem> items;
    private final Evaluator evaluator;
    private final FindingAssembler assembler;
    private final Scorer scorer;
    private final Set<String> scoredItems;

    public Assessor(KnowledgeBase knowledge, Evaluator evaluator) {
        this.knowledge = knowledge;
        this.items = knowledge.items();
        this.evaluator = evaluator;
        this.assembler = new FindingAssembler(knowledge.scoring(), knowledge.declaredReadings());
        this.scorer = new Scorer(knowledge);
        this.scoredItems = knowledge.domains().stream()
                .filter(Domain::scored)
                .flatMap(d -> d.items().stream())
                .map(ChecklistItem::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Assesses every domain. */
    public Assessment assess(ProgramDescription description, LocalDate asOf) {
        return assess(
                description, asOf, knowledge.domains().stream().map(Domain::id).collect(Collectors.toSet()));
    }

    /** Assesses the items of the given domains only; scores and verdict then rest on those items alone. */
    public Assessment assess(ProgramDescription description, LocalDate asOf, Set<String> domains) {
        Evaluation evaluation = evaluator.evaluate(description, asOf, domains);
        List<ChecklistItem> items =
                this.items.stream().filter(i -> domains.contains(i.domain())).toList();
        List<Finding> findings = new ArrayList<>(items.size());
        for (ChecklistItem item : items) {
            findings.add(assembler.assemble(item, evaluation.outcomeOf(item.id())));
        }
        Scores scores = scorer.score(findings, domains);
        List<Finding> counted =
                findings.stream().filter(f -> scoredItems.contains(f.id())).toList();
        VerdictDecision decision = VerdictDecision.decide(knowledge.scoring(), scores, counted);
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            open.put(s, 0);
        }
        counted.stream().filter(f -> f.status().isOpen()).forEach(f -> open.merge(f.severity(), 1, Integer::sum));
        return new Assessment(
                knowledge.ruleSet(),
                description.program(),
                asOf,
                decision.verdict(),
                decision.reasons(),
                scores,
                open,
                List.copyOf(findings),
                evaluation.outcomes().stream()
                        .flatMap(o -> AnswerDisagreement.of(o).stream())
                        .toList(),
                ActionPlanner.plan(counted),
                evaluation.duties(),
                evaluation.staffing(),
                evaluator.readings().all(),
                null);
    }
}
