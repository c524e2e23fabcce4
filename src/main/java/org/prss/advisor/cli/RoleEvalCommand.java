package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.roleeval.Figures;
import org.prss.advisor.roleeval.FiguresReport;
import org.prss.advisor.roleeval.LabellerAgreement;
import org.prss.advisor.roleeval.RoleEvaluation;
import org.prss.advisor.roleeval.SecondLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the role review on the labelled duty corpus, against its targets, beside the phrase rules alone. */
@Command(
        name = "role-eval",
        mixinStandardHelpOptions = true,
        description = {
            "Measure how the role review reads duty lines: k-fold cross-validation over the labelled duty"
                    + " corpus (checklists/duty-corpus.yaml), so no line is judged against itself, beside the phrase "
                    + "rules"
                    + " alone. Prints verdict accuracy, KEEP_OUT precision and recall, the NEEDS_REVIEW rate and a "
                    + "confusion"
                    + " table.",
            "Beside them, the agreement of two labellers on the lines of checklists/evaluation/second-labeller.yaml"
                    + " (percent and Cohen's kappa): the ceiling a reader of the sources can reach.",
            "Exit 0 when the targets are met (no KEEP_OUT line passed as fitting, NEEDS_REVIEW at most 15%%, accuracy"
                    + " on the lines decided at least the labellers' agreement less 2 points), 1 when not, 2 when the"
                    + " corpus is empty or the checklists are invalid."
        })
final class RoleEvalCommand implements Callable<Integer> {

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--folds",
            paramLabel = "K",
            description = "Folds of the cross-validation (default: ${DEFAULT-VALUE}).")
    int folds = RoleEvaluation.FOLDS;

    @Option(names = "--misses", description = "Also list every line that missed its verdict, with its file and line.")
    boolean misses;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Advisor advisor = knowledge.load();
        if (advisor.knowledge().dutyCorpus().lines().size() < folds || folds < 2) {
            spec.commandLine()
                    .getErr()
                    .println("advisor: role-eval needs a duty corpus of at least " + Math.max(folds, 2)
                            + " lines and at least 2 folds");
            return ExitCode.INVALID;
        }
        Optional<LabellerAgreement> agreement =
                SecondLabels.agreement(knowledge.checklists, advisor.knowledge().dutyCorpus());
        Figures both = RoleEvaluation.crossValidated(advisor, folds);
        Figures phrases = RoleEvaluation.phraseOnly(advisor);
        out.println("Role review on " + both.lines() + " labelled lines (duties, and lines listed as not duties)");
        out.print(FiguresReport.text(List.of(both, phrases), agreement));
        if (misses) {
            out.println();
            out.println("Missed, " + both.name() + ":");
            out.print(FiguresReport.misses(both));
            out.println("Missed, " + phrases.name() + ":");
            out.print(FiguresReport.misses(phrases));
        }
        boolean met = FiguresReport.meetsTargets(both, agreement);
        out.println(met ? "Targets met." : "Targets NOT met.");
        return met ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
