package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.bench.Baseline;
import org.prss.advisor.bench.BenchSizes;
import org.prss.advisor.bench.BenchTable;
import org.prss.advisor.bench.Benchmarks;
import org.prss.advisor.bench.Measurement;
import org.prss.advisor.report.AssessmentWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the advisor on this machine and print a table in which every figure stands beside a floor or"
                    + " baseline measured in the same run, and the ratio: cold start against a minimal program doing"
                    + " the least an assessment needs; rule evaluations and a cold batch against a previous release's"
                    + " jar (built once into target/bench-baseline/); the service's latency with its load and the load"
                    + " generator's own CPU share. Warm figures are taken once throughput is steady (two 2-second"
                    + " windows within 5%%), and the time that took is reported.",
            "Run it from the project folder, with the jar built (./advisor builds it). It takes about eight minutes;"
                    + " --quick takes two to three and measures less."
        })
final class BenchCommand implements Callable<Integer> {

    @Option(
            names = "--quick",
            description = "Fewer runs and shorter loads: a smoke test of the benchmark, not figures to report.")
    boolean quick;

    @Option(
            names = "--baseline",
            paramLabel = "REV",
            description = "The previous release to compare with: a tag or commit (default: the newest tag, or the"
                    + " commit that set rule set 0.2.0, " + Baseline.RELEASE_0_2_0 + ", while there is none).")
    String baseline;

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
        Path project = jar.toAbsolutePath().getParent().getParent();
        String revision = baseline != null ? baseline : Baseline.defaultRevision(project);
        out.println("building the baseline " + revision + " (once; kept in target/bench-baseline/)...");
        out.flush();
        Baseline previous = Baseline.of(project, revision);
        AssessmentWorkbook.warmUp();
        Benchmarks bench = new Benchmarks(Advisor.packaged(), jar, previous);
        List<Measurement> figures = bench.run(
                quick ? BenchSizes.QUICK : BenchSizes.FULL, sample, jobDescription, last -> progress(out, last));
        out.println();
        out.print(BenchTable.of(figures));
        out.flush();
        return ExitCode.OK;
    }

    private static void progress(PrintWriter out, Measurement last) {
        out.println("measuring... (" + last.what() + ": " + last.result() + ")");
        out.flush();
    }
}
