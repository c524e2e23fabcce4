package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.SkippedSection;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;
import org.prss.advisor.report.RoleReviewWorkbook;
import org.prss.advisor.role.ChunkTagger;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.SentenceEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "role",
        mixinStandardHelpOptions = true,
        description = {
            "Review a proposed peer role: every duty gets a verdict with reasons and sources, and the role "
                    + "rules give their findings. Writes a focused workbook.",
            "FILE is a program description (JSON or YAML; its role.activities and role.duties are reviewed), a "
                    + "plain-text file (.txt, .text or .md) with one duty per line, or a job description as a Word "
                    + "document (.docx) or PDF, whose duty sections (Duties, Responsibilities, Essential Functions...) "
                    + "are reviewed item by item and whose other sections are listed as skipped."
        })
final class RoleCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            description = "The program description, a text file of duties, or a .docx or .pdf job description.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.xlsx",
            description = "Workbook to write (default: FILE's name with -role-review.xlsx, in the current folder).")
    Path output;

    @Option(
            names = "--json",
            paramLabel = "OUT.json",
            description = "Also write the review as JSON; '-' writes it to standard output (the summary then goes to "
                    + "standard error).")
    Path json;

    @Option(
            names = "--setting",
            paramLabel = "SETTING",
            description = "Judge the duties for this setting (${COMPLETION-CANDIDATES}; any case), where the sources'"
                    + " verdict depends on it; a description that names its own setting needs none.")
    Setting setting;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Review as of this date (default: today).")
    LocalDate asOf;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireFile(
                file, "./advisor role reviews one file: a description, a list of duties or a job description");
        // A role review reads duties: the models load beside the rules and checklists (unless the file is empty,
        // which is refused at once), and the workbook warm-up follows the models on the core they used, so it is done
        // before the review needs it and never competes with the rules' loading for the other.
        if (Files.size(file) > 0) {
            SentenceEmbedder.loadInBackground();
            ChunkTagger.loadInBackground();
        }
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(() -> {
            ChunkTagger.awaitBackgroundLoad();
            SentenceEmbedder.awaitBackgroundLoad();
            AssessmentWorkbook.warmUp();
        });
        Advisor advisor = knowledge.load();
        Submission submission = advisor.roleInputs().read(file).submission().inSetting(setting, "--setting");
        submission.noticeLines().forEach(spec.commandLine().getErr()::println);
        Assessment review = advisor.reviewRole(submission, asOf == null ? LocalDate.now() : asOf);
        warmUp.join();
        Path workbook = output == null ? AssessCommand.defaultOutput(file, "-role-review.xlsx") : output;
        AtomicFile.write(workbook, out -> new RoleReviewWorkbook(advisor.knowledge()).write(review, submission, out));
        if (AssessCommand.toStandardOutput(json)) {
            spec.commandLine().getOut().println(AssessmentJson.toRoleReviewJson(review, submission.skippedSections()));
        } else if (json != null) {
            AtomicFile.write(json, out -> AssessmentJson.writeRoleReview(review, submission.skippedSections(), out));
        }
        summarize(
                AssessCommand.toStandardOutput(json)
                        ? spec.commandLine().getErr()
                        : spec.commandLine().getOut(),
                review,
                submission,
                workbook);
        return ExitCode.OK;
    }

    private void summarize(PrintWriter out, Assessment review, Submission submission, Path workbook) {
        String name = review.program().name() == null
                ? file.toString()
                : review.program().name();
        out.println(name + ": " + review.duties().size() + " duties reviewed");
        for (DutyFit fit : DutyFit.values()) {
            long n = review.duties().stream()
                    .filter(d -> d.verdict().fit() == fit)
                    .count();
            out.println(String.format(Locale.ROOT, "  %-19s %d", fit.name(), n));
        }
        for (DutyReview d : review.duties()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-12s %-18s %s",
                    d.verdict().fit(),
                    d.duty().origin(),
                    d.duty().text()));
            // What was read, and for a duty ruled out or conditional what to write instead, under the line.
            for (String read : d.verdict().readAs()) {
                out.println(String.format(Locale.ROOT, "  %-31s read as %s", "", read));
            }
            if (d.verdict().instead() != null) {
                out.println(String.format(
                        Locale.ROOT, "  %-31s instead: %s", "", d.verdict().instead()));
            }
        }
        for (Finding f : review.findings()) {
            out.println(String.format(Locale.ROOT, "  %-22s %-14s %s", f.id(), f.status(), f.title()));
        }
        if (!submission.skippedSections().isEmpty()) {
            out.println("Skipped sections (not duty lists, not reviewed):");
            for (SkippedSection s : submission.skippedSections()) {
                out.println("  " + s.described());
            }
        }
        out.println("Workbook: " + workbook);
        if (json != null && !AssessCommand.toStandardOutput(json)) {
            out.println("JSON: " + json);
        }
    }
}
