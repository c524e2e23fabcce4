package org.prss.advisor.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;

/**
 * Assesses the plans of a folder ({@link PlanFolder}), in parallel, and writes a workbook and a JSON per plan, under
 * the plan's own output name. A plan that fails validation is reported with its error and does not stop the others.
 * Results come back
 * in file-name order, whatever order the threads finish in.
 */
public final class BatchRunner {

    private final Advisor advisor;
    private final AssessmentWorkbook workbooks;
    private final int threads;

    public BatchRunner(Advisor advisor, int threads) {
        this.advisor = advisor;
        this.workbooks = new AssessmentWorkbook(advisor.knowledge());
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    public List<PlanResult> run(List<PlanFolder.Plan> plans, Path outDir, LocalDate asOf, Consumer<PlanResult> progress)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PlanResult>> futures = new ArrayList<>();
            for (PlanFolder.Plan plan : plans) {
                futures.add(pool.submit(() -> {
                    PlanResult result = assess(plan, outDir, asOf);
                    progress.accept(result);
                    return result;
                }));
            }
            List<PlanResult> results = new ArrayList<>();
            for (Future<PlanResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw new IllegalStateException("assessing a plan failed", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private PlanResult assess(PlanFolder.Plan plan, Path outDir, LocalDate asOf) {
        Submission submission;
        try {
            submission = advisor.reader().read(plan.file());
        } catch (InvalidInputException e) {
            return new PlanResult(
                    plan.file(),
                    plan.name(),
                    null,
                    null,
                    null,
                    e.problems().stream()
                            .map(Object::toString)
                            .reduce((a, b) -> a + "; " + b)
                            .orElse("invalid"),
                    List.of());
        }
        Assessment assessment = advisor.assess(submission, asOf);
        Path workbook = outDir.resolve(plan.outputBase() + "-assessment.xlsx");
        Path json = outDir.resolve(plan.outputBase() + "-assessment.json");
        try {
            Files.createDirectories(workbook.getParent());
            AtomicFile.write(workbook, out -> workbooks.write(assessment, submission, out));
            AtomicFile.write(json, out -> AssessmentJson.write(assessment, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanResult(plan.file(), plan.name(), assessment, workbook, json, null, submission.noticeLines());
    }
}
