package org.prss.advisor.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.prss.advisor.web.SteadyState;

/**
 * This build's jar against a baseline's on the same workload ({@link WarmWorkload}) and the same plans, each in a JVM
 * of its own with the same (long-lived) options: rule evaluations warm, windows alternating between the two, and a
 * cold batch.
 */
final class PairedEvaluations {

    private final Path jar;
    private final ClassPaths classPaths;
    private final int threads;

    PairedEvaluations(Path jar, ClassPaths classPaths, int threads) {
        this.jar = jar;
        this.classPaths = classPaths;
        this.threads = threads;
    }

    /**
     * Rule evaluations per second (assessments without a workbook) on every core. Each JVM is warmed until steady,
     * then short windows alternate between the two (in the order AB BA AB ...), so each ratio compares the jars at
     * nearly the same moment and a change in the machine's load weighs on both; the figure is the median of the
     * window ratios, with their range. Targets: at least 2 x the baseline, and steady within 10 s.
     */
    List<Measurement> evaluations(Path plans, Baseline baseline, int rounds, double windowSeconds)
            throws IOException, InterruptedException {
        Samples ourRates = new Samples();
        Samples theirRates = new Samples();
        Samples ratios = new Samples();
        WorkloadProcess.WarmUp ourWarmUp;
        WorkloadProcess.WarmUp theirWarmUp;
        try (WorkloadProcess ours = WorkloadProcess.start("this build", workload(jar.toString(), plans, "paired"));
                WorkloadProcess theirs = WorkloadProcess.start(
                        baseline.shortCommit(), workload(classPaths.workloadOver(baseline), plans, "paired"))) {
            ourWarmUp = ours.warm();
            theirWarmUp = theirs.warm();
            for (int round = 0; round < rounds; round++) {
                double ourRate;
                double theirRate;
                if (round % 2 == 0) {
                    ourRate = ours.window(windowSeconds);
                    theirRate = theirs.window(windowSeconds);
                } else {
                    theirRate = theirs.window(windowSeconds);
                    ourRate = ours.window(windowSeconds);
                }
                ourRates.add(ourRate);
                theirRates.add(theirRate);
                ratios.add(ourRate / theirRate);
            }
        }
        double ratio = ratios.median();
        String what = "Rule evaluations (assessment without workbook), warm, " + threads + " threads";
        return List.of(
                Measurement.against(
                        what,
                        String.format(
                                Locale.ROOT,
                                "%.0f per second (median of %d windows of %s s)",
                                ourRates.median(),
                                rounds,
                                windowSeconds),
                        String.format(
                                Locale.ROOT,
                                "%s %.0f per second: %.2f x (windows %.2f-%.2f x)",
                                baseline.shortCommit(),
                                theirRates.median(),
                                ratio,
                                ratios.min(),
                                ratios.max()),
                        "at least 2 x the baseline",
                        ratio >= 2),
                Measurement.against(
                        "Time to steady state (" + SteadyState.BENCH.windowSeconds() + " s windows within 5%), "
                                + "same load",
                        ourWarmUp.describe()
                                + String.format(Locale.ROOT, ", first window %.0f per second", ourWarmUp.firstRate()),
                        baseline.shortCommit() + " " + theirWarmUp.describe(),
                        "within 10 s",
                        ourWarmUp.steadySeconds() <= 10 && !ourWarmUp.capped()));
    }

    /**
     * A cold batch: a fresh JVM assessing the plans (in turn, {@code count} in all, without workbooks) on every core,
     * start to exit, through this build's jar and the baseline's.
     */
    Measurement coldBatch(Path plans, Baseline baseline, int count) throws IOException, InterruptedException {
        String n = String.valueOf(count);
        double ours = Processes.seconds(workload(jar.toString(), plans, "batch", n));
        double theirs = Processes.seconds(workload(classPaths.workloadOver(baseline), plans, "batch", n));
        return Measurement.reported(
                "Batch of " + count + " assessments without workbooks, fresh JVM, " + threads + " threads",
                String.format(Locale.ROOT, "%.1f s", ours),
                String.format(Locale.ROOT, "%s %.1f s: %.2f x", baseline.shortCommit(), theirs, ours / theirs),
                "reported (below 1 x is faster)");
    }

    /** The workload on a class path, in a mode ({@code paired}, or {@code batch} and a count; see WarmWorkload). */
    private List<String> workload(String classPath, Path plans, String mode, String... count) {
        List<String> args = new ArrayList<>(List.of(mode, plans.toString(), String.valueOf(threads)));
        args.addAll(List.of(count));
        return Launcher.longLived(classPath, WarmWorkload.class, args);
    }
}
