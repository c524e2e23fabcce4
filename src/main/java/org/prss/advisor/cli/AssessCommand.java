package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Severity;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;
import org.prss.advisor.role.ChunkTagger;
import org.prss.advisor.role.SentenceEmbedder;
import org.prss.advisor.team.FactDisagreement;
import org.prss.advisor.team.Team;
import org.prss.advisor.team.TeamItem;
import org.prss.advisor.team.TeamMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Assesses one program description, or the combined descriptions of a team's respondents, and writes the workbook
 * and, on request, the JSON.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        description = {
            "Assess a program description (JSON, YAML or a filled intake workbook) and write the gap-analysis"
                    + " workbook.",
            "With two or more --respondent files instead of FILE, a team self-assessment: each respondent's file of"
                    + " the same program, combined (facts stated differently are reported and assessed as unknown;"
                    + " answers combine by teamAnswers in scoring.yaml), with the Team Answers and Discussion Agenda"
                    + " sheets."
        })
final class AssessCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The program description.")
    Path file;

    // One or more files an option: the shell expands --respondent team/*.yaml into several files after one option.
    @Option(
            names = "--respondent",
            paramLabel = "FILE",
            arity = "1..*",
            description = "Respondents' descriptions or intake workbooks, for a team self-assessment; give two or"
                    + " more, all of the same program, after one --respondent (--respondent team/*.yaml) or each"
                    + " after its own.")
    List<Path> respondents = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.xlsx",
            description = "Workbook to write (default: FILE's name with -assessment.xlsx, or team-assessment.xlsx,"
                    + " in the current folder).")
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

    @Mixin
    ReadingOptions readingOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkFiles();
        // The sentence model and the chunking models (each most of a second to load) load beside the rules and
        // checklists when duties will need them; the workbook warm-up waits until the checklists are in, since the
        // rules wait for them.
        List<Path> inputs = respondents.isEmpty() ? List.of(file) : respondents;
        if (inputs.stream().anyMatch(DescriptionReader::listsDuties)) {
            SentenceEmbedder.loadInBackground();
            ChunkTagger.loadInBackground();
        }
        Advisor advisor = readingOptions.apply(knowledge.load(), spec);
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(AssessmentWorkbook::warmUp);
        LocalDate date = asOf == null ? LocalDate.now() : asOf;
        Submission submission;
        Assessment assessment;
        if (respondents.isEmpty()) {
            submission = read(advisor, file);
            assessment = advisor.assess(submission, date);
        } else {
            List<Submission> team = new ArrayList<>();
            for (Path respondent : respondents) {
                team.add(read(advisor, respondent));
            }
            Advisor.TeamAssessment combined = advisor.assessTeam(team, date);
            submission = combined.combined();
            assessment = combined.assessment();
        }
        warmUp.join();
        Path workbook = output != null
                ? output
                : respondents.isEmpty() ? defaultOutput(file, "-assessment.xlsx") : Path.of("team-assessment.xlsx");
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

    /** FILE, or two or more different --respondent files; never both; each a file, not a folder. */
    private void checkFiles() throws InvalidInputException {
        if (file != null && !respondents.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "give FILE for one description, or --respondent files for a team, not both");
        }
        if (file == null && respondents.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "Missing required parameter: 'FILE' (or two or more --respondent files)");
        }
        if (file != null) {
            InputFiles.requireFile(file, "to assess every plan in a folder use ./advisor batch " + file + " -o OUTDIR");
        }
        for (Path respondent : respondents) {
            InputFiles.requireFile(
                    respondent, "give each respondent's file, such as --respondent " + respondent + "/*.yaml");
        }
        if (respondents.size() == 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "a team self-assessment needs two or more --respondent files; to assess one file, give it as"
                            + " FILE");
        }
        Set<Path> seen = new HashSet<>();
        for (Path respondent : respondents) {
            if (!seen.add(respondent.toAbsolutePath().normalize())) {
                throw new ParameterException(
                        spec.commandLine(), "--respondent " + respondent + " is given twice; give each file once");
            }
        }
    }

    /** A program description (the reader refuses a job description, naming the command for one), notices printed. */
    private Submission read(Advisor advisor, Path description) throws InvalidInputException {
        Submission submission = advisor.reader().read(description);
        submission.noticeLines().forEach(spec.commandLine().getErr()::println);
        return submission;
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
        String program =
                a.program().name() != null ? a.program().name() : file != null ? file.toString() : "the team's program";
        out.println(
                program + ": " + a.verdict() + " (overall score " + a.scores().overall() + ")");
        for (String reason : a.verdictReasons()) {
            out.println("  - " + reason);
        }
        for (DomainScore d : a.scores().domains()) {
            out.println("  " + d.name() + (d.scored() ? "" : " (not in the overall score)") + ": score "
                    + DomainScore.shown(d.score())
                    + ", " + d.counts());
        }
        out.println("  open findings by severity: " + a.openBySeverity());
        if (a.team() != null) {
            summarizeTeam(out, a.team());
        }
        out.println("Workbook: " + workbook);
        if (json != null && !toStandardOutput(json)) {
            out.println("JSON: " + json);
        }
    }

    /** Who answered, the facts they stated differently, and the agenda: who answered what on each item. */
    private static void summarizeTeam(PrintWriter out, Team team) {
        out.println("Respondents: " + team.respondents().size() + " (" + team.rolesText() + "): "
                + String.join(
                        ", ", team.respondents().stream().map(TeamMember::label).toList()));
        out.println("Combined answers: " + team.rule().describe());
        out.println("Facts stated differently (assessed as unknown): "
                + team.factDisagreements().size());
        for (FactDisagreement fact : team.factDisagreements()) {
            out.println("  " + fact.path() + ": "
                    + String.join(
                            ", ",
                            fact.said().stream()
                                    .map(s -> s.respondent() + " " + (s.value() == null ? "(not stated)" : s.value()))
                                    .toList()));
        }
        out.println("Items answered differently (the Discussion Agenda): "
                + team.agenda().size());
        for (TeamItem item : team.agendaItems()) {
            out.println("  " + item.id() + " " + item.severity() + ": "
                    + String.join(
                            ", ",
                            item.answers().stream()
                                    .filter(r -> r.answer() != null)
                                    .map(r -> r.respondent() + " " + r.answer())
                                    .toList())
                    + " -> " + item.combined());
        }
    }
}
