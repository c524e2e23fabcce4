package org.prss.advisor.engine;

import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.ProgramDescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the rules over one program description in a session of its own, and returns one outcome per item in
 * knowledge-base order. Thread-safe: the KieBase is shared, sessions are not.
 */
public final class Evaluator {

    /** A rule set that fires more often than this is looping; stop it rather than hang. */
    private static final int MAX_FIRINGS = 100_000;

    private final KnowledgeBase knowledge;
    private final List<ChecklistItem> items;
    private final RuleBase rules;

    public Evaluator(KnowledgeBase knowledge, RuleBase rules) {
        this.knowledge = knowledge;
        this.items = knowledge.items();
        this.rules = rules;
    }

    public List<Outcome> evaluate(ProgramDescription description, LocalDate asOf) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.addEventListener(new RuleRecorder());
            session.insert(new AssessmentContext(asOf));
            session.insert(description.program());
            session.insert(description.facts());
            knowledge.thresholds().forEach(session::insert);
            items.forEach(session::insert);
            description.answers().forEach((id, a) -> session.insert(new AnswerFact(id, a.answer(), a.note())));
            description.waivers().forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleSetDefect("the rules fired " + fired + " times without settling; a rule is looping");
            }
            List<Outcome> outcomes = new ArrayList<>();
            session.getObjects(o -> o instanceof Outcome).forEach(o -> outcomes.add((Outcome) o));
            return inItemOrder(outcomes);
        } finally {
            session.dispose();
        }
    }

    /** Every item gets exactly one outcome, and no outcome names an item the knowledge base lacks. */
    private List<Outcome> inItemOrder(List<Outcome> outcomes) {
        Map<String, Outcome> byItem = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            Outcome previous = byItem.put(outcome.getItemId(), outcome);
            if (previous != null) {
                throw new RuleSetDefect("item " + outcome.getItemId() + " was decided twice, by rules '"
                        + previous.rule() + "' and '" + outcome.rule() + "'");
            }
        }
        List<Outcome> ordered = new ArrayList<>();
        for (ChecklistItem item : items) {
            Outcome outcome = byItem.remove(item.id());
            if (outcome == null) {
                throw new RuleSetDefect("no rule decided item " + item.id());
            }
            ordered.add(outcome);
        }
        if (!byItem.isEmpty()) {
            throw new RuleSetDefect("rules decided ids that are not in the knowledge base: " + byItem.keySet());
        }
        return ordered;
    }

    /** Remembers which rule inserted each outcome, so a finding can say what decided it. */
    private static final class RuleRecorder extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Outcome outcome && event.getRule() != null) {
                outcome.recordRule(event.getRule().getName());
            }
        }
    }
}
