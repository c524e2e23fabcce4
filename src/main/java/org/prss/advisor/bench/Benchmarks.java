package org.prss.advisor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.Submission;

/**
 * The performance figures the project is held to, measured on this machine, each beside a floor or baseline measured
 * in the same run: cold start through a fresh JVM ({@link ColdStarts}), rule evaluations and a cold batch against a
 * previous release's jar ({@link PairedEvaluations}), warm throughput with workbooks in this process on every core
 * ({@link WarmWorkbooks}), the cost over writing the same cells with POI alone ({@link WorkbookFloor}), a batch of
 * generated plans ({@link GeneratedBatch}), the role review ({@link RoleReviewBench}) and the service under concurrent
 * clients with a capped heap ({@link ServiceBench}). Generated descriptions come from a fixed seed.
 */
public final class Benchmarks {

    /** The generator's seed for the descriptions the in-process loads and the service assess. */
    private static final long SEED = 42;

    /** Concurrent clients the service is measured under. */
    private static final int SERVICE_CLIENTS = 50;

    private final BenchSubject subject;
    private final Path jar;
    private final Baseline baseline;
    private final Launcher launcher;
    private final ClassPaths classPaths;

    public Benchmarks(Advisor advisor, Path jar, Baseline baseline) throws Exception {
        this.subject = BenchSubject.of(advisor);
        this.jar = jar;
        this.baseline = baseline;
        this.launcher = Launcher.of(jar);
        this.classPaths = new ClassPaths(jar);
    }

    /**
     * Every measurement, in the order the table lists them; {@code progress} hears of the last figure so far after the
     * cold starts, the paired evaluations and the role review.
     */
    public List<Measurement> run(BenchSizes sizes, Path sample, Path jobDescription, Consumer<Measurement> progress)
            throws Exception {
        List<Submission> plans = subject.generated(sizes.generatedPlans(), SEED);
        Path sharedPlans = baseline.sharedPlans(subject.advisor().reader());
        List<Measurement> figures = new ArrayList<>();
        ColdStarts cold = new ColdStarts(launcher, jar, classPaths);
        figures.addAll(cold.assess(sample, sizes.coldRuns()));
        progress.accept(last(figures));
        figures.add(cold.withoutDuties(sample, sizes.coldRuns()));
        PairedEvaluations paired = new PairedEvaluations(jar, classPaths, subject.threads());
        figures.addAll(paired.evaluations(sharedPlans, baseline, sizes.windows(), sizes.windowSeconds()));
        progress.accept(last(figures));
        figures.add(paired.coldBatch(sharedPlans, baseline, sizes.coldBatch()));
        figures.add(new WarmWorkbooks(subject).measure(plans, sizes.workbookSeconds()));
        figures.addAll(new WorkbookFloor(subject).measure(plans.subList(0, sizes.floorPlans())));
        figures.add(new GeneratedBatch(subject).measure(sizes.batchPlans()));
        figures.addAll(
                new RoleReviewBench(subject, launcher, classPaths).measure(jobDescription, sizes.roleRuns(), baseline));
        progress.accept(last(figures));
        figures.add(new ServiceBench(jar, subject.threads()).measure(SERVICE_CLIENTS, sizes.serviceSeconds(), plans));
        return figures;
    }

    private static Measurement last(List<Measurement> figures) {
        return figures.get(figures.size() - 1);
    }
}
