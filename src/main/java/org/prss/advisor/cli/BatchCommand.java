package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.prss.advisor.Advisor;
import org.prss.advisor.batch.BatchRunner;
import org.prss.advisor.batch.PlanFolder;
import org.prss.advisor.batch.PlanResult;
import org.prss.advisor.batch.PortfolioWorkbook;
import org.prss.advisor.files.FileOrFolder;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Assess every description and intake workbook in a folder, in parallel: a workbook and JSON per plan,"
                    + " and a portfolio workbook across them. A plan that fails validation is listed with its error, "
                    + "and every"
                    + " file or folder passed over is listed with the reason.",
            "Exit 0 when every plan was assessed, 1 when some could not be, 2 when the folder cannot be read."
        })
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder of plans (.json, .yaml, .yml, .xlsx).")
    Path dir;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUTDIR",
            required = true,
            description = "Folder for the results.")
    Path outDir;

    @Option(
            names = {"-r", "--recursive"},
            description =
                    "Also assess the plans in subfolders; their results go to the" + " same subfolders of OUTDIR.")
    boolean recursive;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Assess as of this date (default: today).")
    LocalDate asOf;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Plans assessed at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    KnowledgeOptions knowledge;

    @Mixin
    ReadingOptions readingOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        String notAFolder = FileOrFolder.notAFolder(dir);
        if (notAFolder != null) {
            spec.commandLine()
                    .getErr()
                    .println(dir + ": " + notAFolder
                            + (Files.isRegularFile(dir)
                                    ? " (to assess one file use ./advisor assess " + dir + ")"
                                    : ""));
            return ExitCode.INVALID;
        }
        AssessmentWorkbook.warmUp();
        Advisor advisor = readingOptions.apply(knowledge.load(), spec);
        PlanFolder folder = PlanFolder.scan(dir, outDir, recursive);
        List<PlanFolder.Plan> plans = folder.plans();
        PrintWriter err = spec.commandLine().getErr();
        folder.skipped().forEach(s -> err.println("skipped " + s.name() + ": " + s.reason()));
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        List<PlanResult> results = new BatchRunner(advisor, threads)
                .run(plans, outDir, asOf == null ? LocalDate.now() : asOf, r -> {
                    int n = done.incrementAndGet();
                    synchronized (err) {
                        err.println("[" + n + "/" + plans.size() + "] " + r.name() + ": "
                                + (r.ok()
                                        ? r.assessment().verdict() + " "
                                                + r.assessment().scores().overall()
                                        : "ERROR " + r.error()));
                        r.notices().forEach(notice -> err.println("  " + notice));
                    }
                });
        Path portfolio = outDir.resolve("portfolio.xlsx");
        AtomicFile.write(portfolio, out -> new PortfolioWorkbook(advisor.knowledge()).write(results, outDir, out));
        long failed = results.stream().filter(r -> !r.ok()).count();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "%d plans: %d assessed, %d could not be read, in %.1f s%s%n",
                results.size(),
                results.size() - failed,
                failed,
                (System.nanoTime() - start) / 1e9,
                folder.skipped().isEmpty() ? "" : "; " + folder.skipped().size() + " skipped (listed above)");
        out.println("Portfolio: " + portfolio);
        return failed == 0 ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
