package org.prss.advisor.roleeval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.prss.advisor.Advisor;
import org.prss.advisor.engine.Evaluation;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleLanguage;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Role;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyMatcher;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.ExampleIndex;

/**
 * Measures how well the role review reads duty lines, on the labelled corpus: k-fold cross-validation, so that no
 * line is judged with itself among the examples (line i is in fold i mod k), and the phrase rules alone beside it.
 * Each line goes through the whole role review (matcher and rules), as a duty of a job description would.
 */
public final class RoleEvaluation {

    /** The folds of the cross-validation. */
    public static final int FOLDS = 10;

    private RoleEvaluation() {}

    /** Phrases and labelled examples, each fold's lines judged against the other folds' lines. */
    public static Figures crossValidated(Advisor advisor, int folds) {
        KnowledgeBase knowledge = advisor.knowledge();
        DutyCorpus corpus = knowledge.dutyCorpus();
        ExampleIndex all = ExampleIndex.of(corpus);
        List<DutyReview> reviews = new ArrayList<>();
        List<CorpusLine> order = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<CorpusLine> held =
                    corpus.lines().stream().filter(l -> l.index() % folds == f).toList();
            Set<Integer> out = held.stream().map(CorpusLine::index).collect(Collectors.toSet());
            DutyMatcher matcher = new DutyMatcher(
                    knowledge, all.excluding(out), knowledge.roleLanguage().similarity());
            reviews.addAll(review(advisor, matcher, held));
            order.addAll(held);
        }
        return figures(folds + "-fold cross-validated", order, reviews);
    }

    /** The phrase rules alone (worksheet keywords and signal phrases), without the labelled examples. */
    public static Figures phraseOnly(Advisor advisor) {
        KnowledgeBase knowledge = advisor.knowledge();
        DutyMatcher matcher =
                new DutyMatcher(knowledge, ExampleIndex.of(DutyCorpus.EMPTY), RoleLanguage.Similarity.OFF);
        List<CorpusLine> lines = knowledge.dutyCorpus().lines();
        return figures("phrase rules only", lines, review(advisor, matcher, lines));
    }

    private static List<DutyReview> review(Advisor advisor, DutyMatcher matcher, List<CorpusLine> lines) {
        Role role = new Role(List.of(), lines.stream().map(CorpusLine::text).toList(), List.of());
        Evaluation evaluation = advisor.evaluatorWith(matcher)
                .evaluate(
                        new ProgramDescription(null, null, null, role, null),
                        LocalDate.EPOCH,
                        Set.of(Advisor.ROLE_DOMAIN));
        return evaluation.duties();
    }

    private static Figures figures(String name, List<CorpusLine> lines, List<DutyReview> reviews) {
        Map<CorpusVerdict, Map<DutyFit, Integer>> confusion = new EnumMap<>(CorpusVerdict.class);
        List<Figures.Miss> misses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CorpusLine line = lines.get(i);
            DutyFit got = reviews.get(i).verdict().fit();
            confusion
                    .computeIfAbsent(line.verdict(), v -> new EnumMap<>(DutyFit.class))
                    .merge(got, 1, Integer::sum);
            if (!got.name().equals(line.verdict().name())) {
                misses.add(new Figures.Miss(
                        line.text(),
                        line.where(),
                        line.label(),
                        line.verdict(),
                        got,
                        reviews.get(i).verdict().reason()));
            }
        }
        misses.sort(java.util.Comparator.comparing(Figures.Miss::where, RoleEvaluation::byLine));
        return new Figures(name, confusion, misses);
    }

    private static int byLine(String a, String b) {
        return Integer.compare(
                Integer.parseInt(a.substring(a.lastIndexOf(':') + 1)),
                Integer.parseInt(b.substring(b.lastIndexOf(':') + 1)));
    }
}
