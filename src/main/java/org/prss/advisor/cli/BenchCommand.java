package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.bench.Benchmarks;
import org.prss.advisor.bench.Measurement;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the advisor against its performance targets on this machine and print a table: cold start,"
                    + " warm throughput, cost over POI alone, a batch of generated plans, the service under load, "
                    + "the role review"
                    + " of a 30-line job description (cold and warm) and an assessment without duties against a "
                    + "baseline.",
            "Run it from the project folder, with the jar built (./advisor builds it). It takes about six minutes;"
                    + " --quick takes one to two minutes and measures less."
        })
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--quick",
            description = "Fewer runs and shorter loads: a smoke test of the benchmark, not figures to report.")
    boolean quick;

    @Option(
            names = "--sample",
            paramLabel = "FILE",
            description = "Sample for the cold start (default: samples/treatment-court-operating.json).")
    Path sample = Path.of("samples", "treatment-court-operating.json");

    @Option(
            names = "--job-description",
            paramLabel = "FILE",
            description = "Job description for the role review (default: samples/role-reentry-job-description.txt, 30 "
                    + "lines).")
    Path jobDescription = Path.of("samples", "role-reentry-job-description.txt");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path jar = Path.of(BenchCommand.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        if (!jar.toString().endsWith(".jar")) {
            spec.commandLine()
                    .getErr()
                    .println("advisor bench: run it from the built jar (./advisor bench), not from classes");
            return ExitCode.INVALID;
        }
        AssessmentWorkbook.warmUp();
        Advisor advisor = Advisor.packaged();
        Benchmarks bench = new Benchmarks(advisor, jar);
        List<Submission> plans = bench.generated(quick ? 40 : 200, 42);
        List<Measurement> figures = new ArrayList<>();
        int runs = quick ? 3 : 10;
        figures.add(bench.coldStart(sample, runs, List.of(), "Cold start, packaged rules (fresh JVM)"));
        out.println("measuring... (cold start done: " + figures.get(0).result() + ")");
        if (Files.isDirectory(Path.of("rules")) && Files.isDirectory(Path.of("checklists"))) {
            figures.add(bench.coldStart(
                    sample,
                    runs,
                    List.of("--rules", "rules", "--checklists", "checklists"),
                    "Cold start, --rules/--checklists folders (DRL compiled at start)"));
        }
        figures.addAll(bench.withoutDuties(sample, runs));
        figures.addAll(bench.roleReview(jobDescription, quick ? 2 : 5));
        figures.add(bench.throughput(plans, false, quick ? 2 : 10));
        figures.add(bench.throughput(plans, true, quick ? 2 : 10));
        figures.addAll(bench.floorRatio(plans.subList(0, quick ? 10 : 50)));
        figures.add(bench.batch(quick ? 100 : 1000));
        figures.add(bench.service(50, quick ? 5 : 60, quick ? 2 : 5, plans));
        out.println();
        out.print(Benchmarks.table(figures));
        out.flush();
        return ExitCode.OK;
    }
}
