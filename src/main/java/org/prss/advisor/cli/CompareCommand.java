package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.compare.AssessmentSnapshot;
import org.prss.advisor.compare.Progress;
import org.prss.advisor.compare.ProgressWorkbook;
import org.prss.advisor.compare.SnapshotReader;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description =
                "Compare two assessments of one program (the JSON or the workbooks the advisor wrote): gaps closed"
                        + " (now MET, NOT_APPLICABLE or WAIVED), new gaps, status changes, score changes and what "
                        + "still blocks READY,"
                        + " in a progress workbook.")
final class CompareCommand implements Callable<Integer> {

    @Parameters(
            index = "0",
            paramLabel = "OLD",
            description = "The earlier assessment (.json or .xlsx written by the advisor).")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later assessment.")
    Path after;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.xlsx",
            description = "Progress workbook (default: progress.xlsx).")
    Path output = Path.of("progress.xlsx");

    @Option(
            names = "--force",
            description = "Compare even when the two assessments are of different programs (a different program name"
                    + " or agency); otherwise that exits 2.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AssessmentSnapshot earlier = SnapshotReader.read(before);
        AssessmentSnapshot later = SnapshotReader.read(after);
        List<InputProblem> different = later.differentProgramFrom(earlier);
        if (!different.isEmpty() && !force) {
            throw new InvalidInputException(later.source(), different);
        }
        Progress p = Progress.between(earlier, later);
        AtomicFile.write(output, out -> ProgressWorkbook.write(p, out));
        PrintWriter out = spec.commandLine().getOut();
        out.println((p.after().program() == null ? after.toString() : p.after().program()) + ": "
                + p.before().verdict() + " -> " + p.after().verdict());
        different.forEach(d -> out.println("  note: not the same program, compared anyway (--force): " + later.source()
                + ": " + d.path() + ": " + d.problem()));
        out.println("  " + p.closedGaps().size() + " gaps closed, "
                + p.newGaps().size() + " new gaps, " + p.statusChanges().size() + " status changes");
        p.closedGaps()
                .forEach(c -> out.println(
                        "  closed  " + c.id() + " " + c.severity() + " (" + c.before() + " -> " + c.after() + ")"));
        p.newGaps()
                .forEach(c -> out.println("  new     " + c.id() + " " + c.severity() + " ("
                        + (c.before() == null ? "not assessed" : c.before()) + " -> " + c.after() + ")"));
        p.statusChanges().stream()
                .filter(c -> !p.closedGaps().contains(c) && !p.newGaps().contains(c))
                .forEach(c -> out.println(
                        "  changed " + c.id() + " " + c.severity() + " (" + c.before() + " -> " + c.after() + ")"));
        p.scores()
                .forEach(s -> out.println("  " + s.name() + ": " + DomainScore.shown(s.before()) + " -> "
                        + DomainScore.shown(s.after())));
        p.stillBlocking().forEach(reason -> out.println("  still blocking READY: " + reason));
        if (p.ruleSetNote() != null) {
            out.println("  note: " + p.ruleSetNote());
        }
        out.println("Workbook: " + output);
        return ExitCode.OK;
    }
}
