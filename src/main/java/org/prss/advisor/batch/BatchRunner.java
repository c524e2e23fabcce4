package org.prss.advisor.batch;

import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Assesses every program description and intake workbook in a folder, in parallel, and writes a workbook and a JSON
 * per plan. A plan that fails validation is reported with its error and does not stop the others. Results come back
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

    /** The plans in a folder: .json, .yaml, .yml and .xlsx files, by name; the output folder is skipped. */
    public static List<Path> plans(Path dir, Path outDir) throws IOException {
        Path skip = outDir.toAbsolutePath().normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.toAbsolutePath().normalize().startsWith(skip))
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return !n.startsWith("~$") && (n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml")
                                || n.endsWith(".xlsx"));
                    })
                    .sorted().toList();
        }
    }

    public List<PlanResult> run(List<Path> plans, Path outDir, LocalDate asOf, Consumer<PlanResult> progress)
            throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<PlanResult>> futures = new ArrayList<>();
            for (Path plan : plans) {
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

    private PlanResult assess(Path plan, Path outDir, LocalDate asOf) {
        Submission submission;
        try {
            submission = advisor.reader().read(plan);
        } catch (InvalidInputException e) {
            return new PlanResult(plan, null, null, null, e.problems().stream().map(Object::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("invalid"));
        }
        Assessment assessment = advisor.assess(submission, asOf);
        String base = plan.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path workbook = outDir.resolve(base + "-assessment.xlsx");
        Path json = outDir.resolve(base + "-assessment.json");
        try {
            AtomicFile.write(workbook, out -> workbooks.write(assessment, submission, out));
            AtomicFile.write(json, out -> AssessmentJson.write(assessment, out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanResult(plan, assessment, workbook, json, null);
    }
}
