package org.prss.advisor.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prss.advisor.engine.Evaluator;
import org.prss.advisor.engine.RuleSetDefect;
import org.prss.advisor.knowledge.CorpusKind;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeProblem;
import org.prss.advisor.role.ConditionMet;
import org.prss.advisor.role.DutyFacts;
import org.prss.advisor.role.DutyMatcher;
import org.prss.advisor.role.DutyPart;
import org.prss.advisor.role.DutyVerdict;
import org.prss.advisor.role.ExampleIndex;
import org.prss.advisor.role.KindMatch;
import org.prss.advisor.role.PartFact;
import org.prss.advisor.role.ProposedDuty;
import org.prss.advisor.role.Resemblance;
import org.prss.advisor.role.SentenceEmbedder;

/**
 * Checks the labelled duty corpus against the rules: each line's verdict must be the one the role rules give its
 * label (with its condition met when the line states it; for a line with a setting, the verdict its kind gives in
 * that setting), and two lines so alike that they are one duty worded twice
 * must not have contradictory verdicts. Unknown labels, missing citations and identical lines with different labels
 * are refused earlier, when the checklists load.
 */
final class CorpusLint {

    private final KnowledgeBase knowledge;
    private final Evaluator evaluator;

    CorpusLint(KnowledgeBase knowledge, Evaluator evaluator) {
        this.knowledge = knowledge;
        this.evaluator = evaluator;
    }

    List<KnowledgeProblem> lint() {
        DutyCorpus corpus = knowledge.dutyCorpus();
        List<KnowledgeProblem> problems = new ArrayList<>();
        if (corpus.lines().isEmpty()) {
            return problems;
        }
        problems.addAll(verdicts(corpus));
        problems.addAll(sameLines(corpus));
        return problems;
    }

    /**
     * Each line as an instance of its label, judged by the rules, must get the line's verdict; a line that says it
     * states its label's condition must have a label that is CONDITIONAL without it (in the line's setting).
     */
    private List<KnowledgeProblem> verdicts(DutyCorpus corpus) {
        DutyMatcher matcher = new DutyMatcher(knowledge);
        List<DutyVerdict> verdicts;
        List<DutyVerdict> unstated;
        try {
            verdicts = judge(corpus, matcher, true);
            unstated = judge(corpus, matcher, false);
        } catch (RuleSetDefect e) {
            CorpusLine first = corpus.lines().get(0);
            return List.of(new KnowledgeProblem(
                    first.file(), first.line(), "the role rules cannot judge the labelled lines: " + e.getMessage()));
        }
        List<KnowledgeProblem> problems = new ArrayList<>();
        for (CorpusLine line : corpus.lines()) {
            String without = unstated.get(line.index()).fit().name();
            if (line.conditionStated() && !without.equals(CorpusVerdict.CONDITIONAL.name())) {
                problems.add(new KnowledgeProblem(
                        line.file(),
                        line.line(),
                        "line '" + line.text() + "' says conditionStated: true, but its label " + line.label()
                                + (line.setting() == null ? "" : " in " + line.setting()) + " is " + without
                                + ", not CONDITIONAL: there is no condition to state; set conditionStated: false"));
            }
        }
        for (CorpusLine line : corpus.lines()) {
            String given = verdicts.get(line.index()).fit().name();
            if (!given.equals(line.verdict().name())) {
                problems.add(new KnowledgeProblem(
                        line.file(),
                        line.line(),
                        "line '" + line.text() + "' says "
                                + line.verdict() + ", but the rules give " + line.label()
                                + (line.setting() == null ? "" : " in " + line.setting())
                                + (line.conditionStated() ? " with its condition stated " : " ") + given
                                + (line.conditionStated()
                                        ? ""
                                        : " (set conditionStated: true if the line states its condition)")));
            }
        }
        return problems;
    }

    /** The rules' verdict on each line as an instance of its label, with its stated condition met or not. */
    private List<DutyVerdict> judge(DutyCorpus corpus, DutyMatcher matcher, boolean conditions) {
        List<ProposedDuty> duties = corpus.lines().stream()
                .map(l -> new ProposedDuty(l.index(), l.where(), l.text(), null))
                .toList();
        return evaluator.judge(duties, duty -> {
            CorpusLine line = corpus.lines().get(duty.index());
            Resemblance itself = new Resemblance(line, 1.0);
            Optional<CorpusKind> kind = corpus.kind(line.label());
            PartFact match = line.setting() != null && kind.isPresent()
                    ? new KindMatch(duty.index(), 0, kind.get().inSetting(line.setting()), itself)
                    : matcher.labelled(duty.index(), 0, line.label(), itself);
            List<PartFact> facts = new ArrayList<>(List.of(match));
            if (conditions && line.conditionStated()) {
                facts.add(new ConditionMet(duty.index(), 0, List.of("conditionStated")));
            }
            return new DutyFacts(List.of(new DutyPart(duty.index(), 0, line.text())), facts);
        });
    }

    /** Two lines at least sameLine alike with different verdicts contradict each other. */
    private List<KnowledgeProblem> sameLines(DutyCorpus corpus) {
        double sameLine = knowledge.roleLanguage().similarity().sameLine();
        ExampleIndex index = ExampleIndex.of(corpus);
        List<KnowledgeProblem> problems = new ArrayList<>();
        List<CorpusLine> lines = corpus.lines();
        for (int i = 0; i < lines.size(); i++) {
            for (int j = 0; j < i; j++) {
                CorpusLine a = lines.get(i);
                CorpusLine b = lines.get(j);
                if (a.verdict() == b.verdict()
                        || (a.setting() != null && b.setting() != null && a.setting() != b.setting())) {
                    continue;
                }
                double similarity = SentenceEmbedder.similarity(index.vector(a), index.vector(b));
                if (similarity >= sameLine) {
                    problems.add(new KnowledgeProblem(
                            a.file(),
                            a.line(),
                            "line '" + a.text() + "' (" + a.verdict()
                                    + ") reads as the same duty as '" + b.text() + "' at " + b.where() + " ("
                                    + b.verdict()
                                    + "), similarity " + new Resemblance(b, similarity).similarityText()
                                    + "; their verdicts contradict: relabel one or reword it so the difference shows"));
                }
            }
        }
        return problems;
    }
}
