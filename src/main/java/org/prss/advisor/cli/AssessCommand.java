package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.JobDescriptionReader;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Severity;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Assesses one program description and writes the workbook and, on request, the JSON. */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = "Assess a program description (JSON or YAML) and write the gap-analysis workbook.")
final class AssessCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The program description.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.xlsx",
            description = "Workbook to write (default: FILE's name with -assessment.xlsx, in the current folder).")
    Path output;

    @Option(
            names = "--json",
            paramLabel = "OUT.json",
            description =
                    "Also write the assessment as JSON; '-' writes it to standard output (the summary then goes to "
                            + "standard error).")
    Path json;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            description = "Exit 1 when an open finding at or above this severity exists: ${COMPLETION-CANDIDATES}.")
    Severity failOn;

    @Option(
            names = "--as-of",
            paramLabel = "YYYY-MM-DD",
            description = "Assess as of this date, for waiver expiry (default: today).")
    LocalDate asOf;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(AssessmentWorkbook::warmUp);
        Advisor advisor = knowledge.load();
        if (JobDescriptionReader.isJobDescription(file)) {
            throw new InvalidInputException(
                    file.toString(),
                    new InputProblem(
                            "(file)",
                            "is a job description, not a program description",
                            "review its duties with: ./advisor role " + file));
        }
        Submission submission = advisor.reader().read(file);
        submission.noticeLines().forEach(spec.commandLine().getErr()::println);
        Assessment assessment = advisor.assess(submission, asOf == null ? LocalDate.now() : asOf);
        warmUp.join();
        Path workbook = output == null ? defaultOutput(file, "-assessment.xlsx") : output;
        AtomicFile.write(
                workbook, out -> new AssessmentWorkbook(advisor.knowledge()).write(assessment, submission, out));
        if (toStandardOutput(json)) {
            spec.commandLine().getOut().println(AssessmentJson.toJson(assessment));
        } else if (json != null) {
            AtomicFile.write(json, out -> AssessmentJson.write(assessment, out));
        }
        summarize(
                toStandardOutput(json)
                        ? spec.commandLine().getErr()
                        : spec.commandLine().getOut(),
                assessment,
                workbook);
        // The action plan holds exactly the open findings that count: unscored self-assessments never fail a run.
        boolean failing = failOn != null
                && assessment.actionPlan().stream().anyMatch(a -> a.severity().atLeast(failOn));
        return failing ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** True for {@code -}, which names standard output, as the convention goes. */
    static boolean toStandardOutput(Path file) {
        return file != null && file.toString().equals("-");
    }

    /** The input's name without its extension, plus {@code suffix}, in the current folder. */
    static Path defaultOutput(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Path.of((dot > 0 ? name.substring(0, dot) : name) + suffix);
    }

    private void summarize(PrintWriter out, Assessment a, Path workbook) {
        out.println((a.program().name() == null ? file.toString() : a.program().name()) + ": " + a.verdict()
                + " (overall score " + a.scores().overall() + ")");
        for (String reason : a.verdictReasons()) {
            out.println("  - " + reason);
        }
        for (DomainScore d : a.scores().domains()) {
            out.println("  " + d.name() + (d.scored() ? "" : " (not in the overall score)") + ": score "
                    + (d.score() == null ? "none (nothing applies)" : d.score())
                    + ", " + d.counts());
        }
        out.println("  open findings by severity: " + a.openBySeverity());
        out.println("Workbook: " + workbook);
        if (json != null && !toStandardOutput(json)) {
            out.println("JSON: " + json);
        }
    }
}
