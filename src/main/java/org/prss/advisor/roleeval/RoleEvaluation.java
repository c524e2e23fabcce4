package org.prss.advisor.roleeval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.prss.advisor.Advisor;
import org.prss.advisor.engine.Evaluation;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.NonDutyLine;
import org.prss.advisor.knowledge.RoleLanguage;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.ProgramInfo;
import org.prss.advisor.model.Role;
import org.prss.advisor.model.Setting;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyMatcher;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.ExampleIndex;

/**
 * Measures how well the role review reads duty lines, on the labelled corpus and its non-duty list: k-fold
 * cross-validation with folds grouped so that a line and its paraphrases (same label, embeddings at least
 * {@code paraphrase} alike) are always held out together, and the phrase rules alone beside it. Each line goes through
 * the whole role review (matcher and rules) as a duty of a job description would, in the setting the corpus judges it
 * in; a non-duty line is expected to be listed as NOT_A_DUTY.
 */
public final class RoleEvaluation {

    /** The folds of the cross-validation. */
    public static final int FOLDS = 10;

    /** One line to judge: its text, setting, expected verdict and where it is. */
    private record Case(String text, Setting setting, DutyFit expected, String label, String where) {}

    private RoleEvaluation() {}

    /** Phrases, frames and labelled examples, each fold's lines judged against the other folds' lines. */
    public static Figures crossValidated(Advisor advisor, int folds) {
        KnowledgeBase knowledge = advisor.knowledge();
        DutyCorpus corpus = knowledge.dutyCorpus();
        ExampleIndex all = ExampleIndex.of(corpus);
        int[] foldOf =
                Paraphrases.folds(all, knowledge.roleLanguage().similarity().paraphrase(), folds);
        List<Case> cases = new ArrayList<>();
        List<DutyReview> reviews = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<CorpusLine> held =
                    corpus.lines().stream().filter(l -> foldOf[l.index()] == f).toList();
            List<NonDutyLine> heldNonDuties = corpus.nonDuties().stream()
                    .filter(n -> n.index() % folds == f)
                    .toList();
            DutyMatcher matcher = new DutyMatcher(
                    knowledge,
                    all.excluding(
                            held.stream().map(CorpusLine::index).collect(Collectors.toSet()),
                            heldNonDuties.stream().map(NonDutyLine::index).collect(Collectors.toSet())),
                    knowledge.roleLanguage().similarity());
            List<Case> foldCases = cases(held, heldNonDuties);
            reviews.addAll(review(advisor, matcher, foldCases));
            cases.addAll(foldCases);
        }
        return figures(folds + "-fold cross-validated", cases, reviews);
    }

    /** The phrase rules and frames alone (worksheet keywords, signal phrases, frame readings), without examples. */
    public static Figures phraseOnly(Advisor advisor) {
        KnowledgeBase knowledge = advisor.knowledge();
        DutyMatcher matcher =
                new DutyMatcher(knowledge, ExampleIndex.of(DutyCorpus.EMPTY), RoleLanguage.Similarity.OFF);
        List<Case> cases =
                cases(knowledge.dutyCorpus().lines(), knowledge.dutyCorpus().nonDuties());
        return figures("phrases and frames only", cases, review(advisor, matcher, cases));
    }

    private static List<Case> cases(List<CorpusLine> lines, List<NonDutyLine> nonDuties) {
        List<Case> cases = new ArrayList<>();
        for (CorpusLine l : lines) {
            cases.add(
                    new Case(l.text(), l.setting(), DutyFit.valueOf(l.verdict().name()), l.label(), l.where()));
        }
        for (NonDutyLine n : nonDuties) {
            cases.add(new Case(
                    n.text(), null, DutyFit.NOT_A_DUTY, "not a duty (" + n.reason() + ")", n.file() + ":" + n.line()));
        }
        return cases;
    }

    /** The reviews of the cases, in their order: each setting's lines reviewed as one job description. */
    private static List<DutyReview> review(Advisor advisor, DutyMatcher matcher, List<Case> cases) {
        // The lines with no setting (the null key) first, then each setting's, in the order they come.
        Map<Setting, List<Integer>> bySetting = new LinkedHashMap<>();
        bySetting.put(null, new ArrayList<>());
        for (int i = 0; i < cases.size(); i++) {
            bySetting
                    .computeIfAbsent(cases.get(i).setting(), k -> new ArrayList<>())
                    .add(i);
        }
        DutyReview[] reviews = new DutyReview[cases.size()];
        bySetting.forEach((setting, indexes) -> reviewIn(advisor, matcher, setting, indexes, cases, reviews));
        return List.of(reviews);
    }

    private static void reviewIn(
            Advisor advisor,
            DutyMatcher matcher,
            Setting setting,
            List<Integer> indexes,
            List<Case> cases,
            DutyReview[] reviews) {
        if (indexes.isEmpty()) {
            return;
        }
        Role role = new Role(
                List.of(), indexes.stream().map(i -> cases.get(i).text()).toList(), List.of());
        Evaluation evaluation = advisor.evaluatorWith(matcher)
                .evaluate(
                        new ProgramDescription(ProgramInfo.EMPTY.withSetting(setting), null, null, role, null),
                        LocalDate.EPOCH,
                        Set.of(Domain.ROLE));
        for (int k = 0; k < indexes.size(); k++) {
            reviews[indexes.get(k)] = evaluation.duties().get(k);
        }
    }

    private static Figures figures(String name, List<Case> cases, List<DutyReview> reviews) {
        Map<DutyFit, Map<DutyFit, Integer>> confusion = new EnumMap<>(DutyFit.class);
        List<Figures.Miss> misses = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            DutyFit got = reviews.get(i).verdict().fit();
            confusion
                    .computeIfAbsent(c.expected(), v -> new EnumMap<>(DutyFit.class))
                    .merge(got, 1, Integer::sum);
            if (got != c.expected()) {
                misses.add(new Figures.Miss(
                        c.text(),
                        c.where(),
                        c.label(),
                        c.expected(),
                        got,
                        reviews.get(i).verdict().reason()));
            }
        }
        misses.sort(Comparator.comparing(Figures.Miss::where, RoleEvaluation::byLine));
        return new Figures(name, confusion, misses);
    }

    private static int byLine(String a, String b) {
        return Integer.compare(
                Integer.parseInt(a.substring(a.lastIndexOf(':') + 1)),
                Integer.parseInt(b.substring(b.lastIndexOf(':') + 1)));
    }
}
