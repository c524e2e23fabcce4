package org.prss.advisor.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.batch.BatchRunner;
import org.prss.advisor.batch.PlanFolder;
import org.prss.advisor.input.DescriptionGenerator;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.StreamingWorkbook;
import org.prss.advisor.web.ServiceWarmUp;

/**
 * The performance figures the project is held to, measured on this machine: cold start through a fresh JVM, warm
 * throughput in one process on every core, the cost over writing the same cells with POI alone, a batch of generated
 * plans, and the service under concurrent clients with a capped heap. Generated descriptions come from a fixed seed.
 */
public final class Benchmarks {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private final Advisor advisor;
    private final AssessmentWorkbook workbooks;
    private final Path jar;
    /**
     * The options {@code ./advisor} gives a short-lived JVM, as it prints them ({@code --jvm-options}), so that every
     * fresh JVM the bench times (floors included) runs as a user's command does.
     */
    private final List<String> shortLived;

    private final int threads = Runtime.getRuntime().availableProcessors();

    public Benchmarks(Advisor advisor, Path jar) throws IOException, InterruptedException {
        this.advisor = advisor;
        this.workbooks = new AssessmentWorkbook(advisor.knowledge());
        this.jar = jar;
        this.shortLived = launcherOutput("--jvm-options").lines().toList();
    }

    /** Descriptions from the generator, validated as a submitter's would be. */
    public List<Submission> generated(int count, long seed) throws InvalidInputException {
        DescriptionGenerator generator = new DescriptionGenerator(advisor.knowledge(), seed);
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(advisor.reader()
                    .read("generated-" + i, generator.next().toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /**
     * A cold assessment against the floor ({@link ColdStartFloor}) in the same run: the launcher ({@code ./advisor
     * assess}, with the runtime and caches it picks) and, for reference, this JVM's Java with the class-data archive
     * only, each alternated with the floor on this JVM's Java with the launcher's options for a short-lived JVM (no
     * archive: a floor has no cache of its own). Medians over the runs; the target is the launcher at most 0.6 x.
     * Where the launcher runs on a Java with an AOT cache, the floor is also run with a cache of its own on that Java,
     * for reference: it shows what is left of the target for the advisor's own work once a cache has done its part.
     */
    public List<Measurement> coldStart(Path sample, int runs) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench", ".xlsx");
        List<String> assess = List.of("assess", sample.toString(), "-o", out.toString());
        List<String> launcher = new ArrayList<>(List.of("bash", launcher().toString()));
        launcher.addAll(assess);
        timed(launcher); // makes the launcher's caches if this build has none yet
        Path archive = jar.resolveSibling("advisor.jsa");
        List<String> archiveOptions = Files.exists(archive)
                ? List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=" + archive)
                : List.of();
        List<String> jarAssess = new ArrayList<>(List.of("-jar", jar.toString()));
        jarAssess.addAll(assess);
        List<String> cds = command(java(), archiveOptions, jarAssess);
        List<String> floorProgram = List.of("-cp", jar.toString(), ColdStartFloor.class.getName(), out.toString());
        List<String> floor = command(java(), List.of(), floorProgram);
        Optional<String> aotJava = launcherAotJava();
        Path floorCache = Files.createTempFile("bench-floor", ".aot");
        List<String> cachedFloor = List.of();
        if (aotJava.isPresent()) {
            List<String> training = List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCacheOutput=" + floorCache);
            timed(command(aotJava.get(), training, floorProgram));
            cachedFloor = command(
                    aotJava.get(),
                    List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCache=" + floorCache),
                    floorProgram);
        }
        List<Double> viaLauncher = new ArrayList<>();
        List<Double> withArchive = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        List<Double> cachedFloors = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // alternated, so a busy moment weighs on all of them
            viaLauncher.add(timed(launcher));
            withArchive.add(timed(cds));
            floors.add(timed(floor));
            if (!cachedFloor.isEmpty()) {
                cachedFloors.add(timed(cachedFloor));
            }
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(floorCache);
        double f = median(floors);
        double a = median(viaLauncher);
        double c = median(withArchive);
        String floorText = String.format(Locale.ROOT, "floor %.2f s", f);
        List<Measurement> figures = new ArrayList<>(List.of(
                Measurement.against(
                        "Cold start, ./advisor assess (" + launcherRuntime() + ")",
                        String.format(Locale.ROOT, "median %.2f s, worst %.2f s, %d runs", a, max(viaLauncher), runs),
                        floorText + String.format(Locale.ROOT, ": %.2f x", a / f),
                        "at most 0.6 x the floor",
                        a / f <= 0.6),
                Measurement.reported(
                        "Cold start, Java " + Runtime.version().feature() + " with the class-data archive only",
                        String.format(Locale.ROOT, "median %.2f s, %d runs", c, runs),
                        floorText + String.format(Locale.ROOT, ": %.2f x", c / f),
                        "reference: without the AOT cache")));
        if (!cachedFloors.isEmpty()) {
            double g = median(cachedFloors);
            figures.add(Measurement.reported(
                    "Cold start floor itself, on the launcher's runtime (" + launcherRuntime() + ")",
                    String.format(Locale.ROOT, "median %.2f s, %d runs", g, runs),
                    floorText + String.format(Locale.ROOT, ": %.2f x", g / f),
                    "reference: the floor's own work with the same kind of cache"));
        }
        return figures;
    }

    /** The Java the launcher made its AOT cache with, as it recorded it beside the cache; empty when it made none. */
    private Optional<String> launcherAotJava() throws IOException {
        Path recorded = jar.resolveSibling("advisor.aot.java");
        String java = Files.exists(recorded) ? Files.readString(recorded).strip() : "";
        return java.isEmpty() || !Files.exists(jar.resolveSibling("advisor.aot"))
                ? Optional.empty()
                : Optional.of(java);
    }

    /** A short-lived JVM on the given Java: the launcher's options, then these, then the program and its arguments. */
    private List<String> command(String java, List<String> options, List<String> program) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(shortLived);
        command.addAll(options);
        command.addAll(program);
        return command;
    }

    /** What the launcher runs on: the first Java 24 or newer it finds (with its AOT cache), or java on the path. */
    private String launcherRuntime() throws IOException, InterruptedException {
        return launcherOutput("--runtime").strip();
    }

    /** What {@code ./advisor OPTION} prints (an option it answers itself, without starting the advisor). */
    private String launcherOutput(String option) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", launcher().toString(), option)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("./advisor " + option + " failed: " + out.strip());
        }
        return out;
    }

    private Path launcher() {
        return jar.toAbsolutePath().getParent().resolveSibling("advisor");
    }

    private static double max(List<Double> values) {
        return Collections.max(values);
    }

    /**
     * Whether an assessment without duties pays for the duty-reading model: a fresh JVM assessing the sample with its
     * role removed, with the packaged class path, against the same with the sentence-embedding libraries left off
     * the class path (the baseline, measured in the same run; neither uses the class-data archive, so they compare).
     */
    public List<Measurement> withoutDuties(Path sample, int runs) throws IOException, InterruptedException {
        com.fasterxml.jackson.databind.node.ObjectNode description = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(sample.toFile());
        description.remove("role");
        Path noDuties = Files.createTempFile("bench-no-duties", ".json");
        Files.writeString(noDuties, description.toString());
        Path out = Files.createTempFile("bench", ".xlsx");
        List<String> assess = List.of("assess", noDuties.toString(), "-o", out.toString());
        String all = jar + java.io.File.pathSeparator + libraries(false);
        String lean = jar + java.io.File.pathSeparator + libraries(true);
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // alternated, so a busy moment weighs on both
            with.add(fresh(all, assess));
            without.add(fresh(lean, assess));
        }
        Files.deleteIfExists(noDuties);
        Files.deleteIfExists(out);
        double a = median(with);
        double b = median(without);
        return List.of(Measurement.against(
                "Cold start, assessment without duties, packaged class path",
                String.format(Locale.ROOT, "median %.2f s, %d runs", a, runs),
                String.format(Locale.ROOT, "embedding libraries left off %.2f s: %.2f x", b, a / b),
                "at most 1.1 x",
                a <= b * 1.1));
    }

    /**
     * The role review of a job description: cold (a fresh JVM, loading the models), alternated with the baseline's
     * jar (at most 1.2 x its time); warm, new wording each time, in a JVM of its own through each jar (at most 5 ms a
     * line); then in this process the first review (loading the models if nothing has), the same lines again, and new
     * wording each time (nothing cached).
     */
    public List<Measurement> roleReview(Path jobDescription, int runs, Baseline baseline) throws Exception {
        Path out = Files.createTempFile("bench", ".xlsx");
        List<Double> cold = new ArrayList<>();
        List<Double> theirCold = new ArrayList<>();
        String all = jar + java.io.File.pathSeparator + libraries(false);
        String theirs = baseline.jar() + java.io.File.pathSeparator + libraries(false);
        for (int i = 0; i < runs; i++) {
            cold.add(fresh(all, List.of("role", jobDescription.toString(), "-o", out.toString())));
            theirCold.add(fresh(theirs, List.of("role", jobDescription.toString(), "-o", out.toString())));
        }
        Files.deleteIfExists(out);
        double ourLine = perLine(all, jobDescription);
        double theirLine =
                perLine(baselineClassPath(baseline) + java.io.File.pathSeparator + libraries(false), jobDescription);
        List<String> lines = org.prss.advisor.input.DutyListReader.read(jobDescription)
                .description()
                .role()
                .duties();
        long t0 = System.nanoTime();
        review(lines);
        double first = (System.nanoTime() - t0) / 1e6;
        List<Double> same = new ArrayList<>();
        List<Double> fresh = new ArrayList<>();
        for (int i = 0; i < runs * 3; i++) {
            long s = System.nanoTime();
            review(lines);
            same.add((System.nanoTime() - s) / 1e6);
            int round = i;
            List<String> reworded =
                    lines.stream().map(l -> l + " (round " + round + ")").toList();
            s = System.nanoTime();
            review(reworded);
            fresh.add((System.nanoTime() - s) / 1e6);
        }
        String what = "Role review of a " + lines.size() + "-line job description";
        return List.of(
                Measurement.against(
                        what + ", cold (fresh JVM, ./advisor role)",
                        String.format(Locale.ROOT, "median %.2f s, %d runs", median(cold), runs),
                        String.format(
                                Locale.ROOT,
                                "%s %.2f s: %.2f x",
                                baseline.shortCommit(),
                                median(theirCold),
                                median(cold) / median(theirCold)),
                        "at most 1.2 x",
                        median(cold) <= median(theirCold) * 1.2),
                Measurement.against(
                        what + ", warm, a line with new wording (JVM of its own)",
                        String.format(Locale.ROOT, "%.2f ms a line", ourLine),
                        String.format(
                                Locale.ROOT,
                                "%s %.2f ms: %.2f x",
                                baseline.shortCommit(),
                                theirLine,
                                ourLine / theirLine),
                        "at most 5 ms",
                        ourLine <= 5),
                Measurement.reported(
                        what + ", first in a warm process (loads the model)",
                        String.format(Locale.ROOT, "%.0f ms", first),
                        "",
                        "reported"),
                Measurement.reported(
                        what + ", warm, the same lines again",
                        String.format(Locale.ROOT, "median %.0f ms", median(same)),
                        String.format(Locale.ROOT, "new wording: %.2f x", median(same) / median(fresh)),
                        "reported"),
                Measurement.reported(
                        what + ", warm, new wording each time",
                        String.format(
                                Locale.ROOT,
                                "median %.0f ms (%.1f ms a line)",
                                median(fresh),
                                median(fresh) / lines.size()),
                        "",
                        "reported"));
    }

    /** The median milliseconds a line of the job description takes, warm, new wording each round, on a class path. */
    private double perLine(String classPath, Path jobDescription) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(
                        java(), "-cp", classPath, WarmWorkload.class.getName(), "role", jobDescription.toString(), "30")
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the role workload failed: " + output);
        }
        return output.lines()
                .filter(l -> l.startsWith("msPerLine="))
                .mapToDouble(l -> Double.parseDouble(l.substring("msPerLine=".length())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the role workload printed no figure: " + output));
    }

    private void review(List<String> duties) throws Exception {
        org.prss.advisor.model.Role role = new org.prss.advisor.model.Role(List.of(), duties, List.of());
        advisor.reviewRole(
                new Submission(
                        "bench", null, new org.prss.advisor.model.ProgramDescription(null, null, null, role, null)),
                AS_OF);
    }

    /** The jar's libraries as a class path, optionally without the sentence-embedding model and its runtime. */
    private String libraries(boolean withoutEmbeddings) throws IOException {
        try (var files = Files.list(jar.resolveSibling("lib"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".jar"))
                    .sorted()
                    .filter(f -> !withoutEmbeddings
                            || !EMBEDDING_LIBRARIES
                                    .matcher(Path.of(f).getFileName().toString())
                                    .find())
                    .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }
    }

    /** The model, ONNX Runtime and the tokenizer, and what only they bring. */
    private static final java.util.regex.Pattern EMBEDDING_LIBRARIES =
            java.util.regex.Pattern.compile("^(langchain4j|onnxruntime|tokenizers|api-0|jna|gson)");

    /** Seconds a fresh JVM with the launcher's options takes to run the command on the class path. */
    private double fresh(String classPath, List<String> args) throws IOException, InterruptedException {
        List<String> program = new ArrayList<>(List.of("-cp", classPath, "org.prss.advisor.cli.AdvisorCli"));
        program.addAll(args);
        return timed(command(java(), List.of(), program));
    }

    /** Seconds a process takes from start to exit; one that fails stops the benchmark. */
    private static double timed(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the run failed: " + command);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The plans both releases assess in the same workload: the baseline's own sample descriptions (JSON and YAML) that
     * this build reads too, copied into a folder of their own beside the baseline's jar.
     */
    public Path baselinePlans(Baseline baseline) throws IOException {
        Path home = baseline.jar().getParent().getParent();
        Path plans = Files.createDirectories(home.resolve("bench-plans"));
        try (var samples = Files.list(home.resolve("samples"))) {
            for (Path sample : samples.sorted().toList()) {
                String name = sample.getFileName().toString();
                if (!name.endsWith(".json") && !name.endsWith(".yaml")) {
                    continue;
                }
                try {
                    advisor.reader().read(sample);
                    Files.copy(sample, plans.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (InvalidInputException e) {
                    // a sample this build no longer reads cannot be in the shared workload
                }
            }
        }
        return plans;
    }

    /**
     * Rule evaluations per second (assessments without a workbook) on every core, in a JVM of its own through this
     * build's jar and through the baseline's: the same workload ({@link WarmWorkload}) on the same plans. Each JVM is
     * warmed until steady, then short windows alternate between the two (in the order AB BA AB ...), so each ratio
     * compares the jars at nearly the same moment and a change in the machine's load weighs on both; the figure is the
     * median of the window ratios, with their range. Targets: at least 2 x the baseline, and steady within 10 s.
     */
    public List<Measurement> evaluations(Path plans, Baseline baseline, int rounds, double windowSeconds)
            throws IOException, InterruptedException {
        String window = String.valueOf(windowSeconds);
        List<Double> ourRates = new ArrayList<>();
        List<Double> theirRates = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        Map<String, String> ourWarmUp;
        Map<String, String> theirWarmUp;
        try (WorkloadProcess ours =
                        WorkloadProcess.start("this build", workloadCommand(jar.toString(), plans, "paired"));
                WorkloadProcess theirs = WorkloadProcess.start(
                        baseline.shortCommit(), workloadCommand(baselineClassPath(baseline), plans, "paired"))) {
            ourWarmUp = ours.send("warm");
            theirWarmUp = theirs.send("warm");
            for (int round = 0; round < rounds; round++) {
                double ourRate;
                double theirRate;
                if (round % 2 == 0) {
                    ourRate = rate(ours.send(window));
                    theirRate = rate(theirs.send(window));
                } else {
                    theirRate = rate(theirs.send(window));
                    ourRate = rate(ours.send(window));
                }
                ourRates.add(ourRate);
                theirRates.add(theirRate);
                ratios.add(ourRate / theirRate);
            }
        }
        double ratio = median(ratios);
        double steady = Double.parseDouble(ourWarmUp.get("steady"));
        String what = "Rule evaluations (assessment without workbook), warm, " + threads + " threads";
        return List.of(
                Measurement.against(
                        what,
                        String.format(
                                Locale.ROOT,
                                "%.0f per second (median of %d windows of %s s)",
                                median(ourRates),
                                rounds,
                                window),
                        String.format(
                                Locale.ROOT,
                                "%s %.0f per second: %.2f x (windows %.2f-%.2f x)",
                                baseline.shortCommit(),
                                median(theirRates),
                                ratio,
                                Collections.min(ratios),
                                max(ratios)),
                        "at least 2 x the baseline",
                        ratio >= 2),
                Measurement.against(
                        "Time to steady state (" + SteadyState.BENCH.windowSeconds() + " s windows within 5%), "
                                + "same load",
                        steadyText(ourWarmUp)
                                + String.format(
                                        Locale.ROOT,
                                        ", first window %.0f per second",
                                        Double.parseDouble(ourWarmUp.get("first"))),
                        baseline.shortCommit() + " " + steadyText(theirWarmUp),
                        "within 10 s",
                        steady <= 10 && !Boolean.parseBoolean(ourWarmUp.get("capped"))));
    }

    private static double rate(Map<String, String> figures) {
        return Double.parseDouble(figures.get("rate"));
    }

    /**
     * A cold batch: a fresh JVM assessing the plans (in turn, {@code count} in all, without workbooks) on every core,
     * start to exit, through this build's jar and the baseline's.
     */
    public Measurement coldBatch(Path plans, Baseline baseline, int count) throws IOException, InterruptedException {
        double ours = timed(workloadCommand(jar.toString(), plans, "batch", String.valueOf(count)));
        double theirs = timed(workloadCommand(baselineClassPath(baseline), plans, "batch", String.valueOf(count)));
        return Measurement.reported(
                "Batch of " + count + " assessments without workbooks, fresh JVM, " + threads + " threads",
                String.format(Locale.ROOT, "%.1f s", ours),
                String.format(Locale.ROOT, "%s %.1f s: %.2f x", baseline.shortCommit(), theirs, ours / theirs),
                "reported (below 1 x is faster)");
    }

    private static String steadyText(Map<String, String> figures) {
        return Boolean.parseBoolean(figures.get("capped"))
                ? "not steady after " + figures.get("steady") + " s (cap)"
                : "steady after " + figures.get("steady") + " s";
    }

    /** The class path that runs this build's workload class against the baseline's jar. */
    private String baselineClassPath(Baseline baseline) throws IOException {
        Path probe = jar.toAbsolutePath().getParent().resolve("bench-baseline/workload");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                var entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith("org/prss/advisor/bench/WarmWorkload")
                        || name.startsWith("org/prss/advisor/bench/SteadyState")) {
                    Path target = probe.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (var in = zip.getInputStream(entry)) {
                        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return probe + java.io.File.pathSeparator + baseline.jar();
    }

    /** The workload on a class path, in a mode ({@code paired}, or {@code batch} and a count; see WarmWorkload). */
    private List<String> workloadCommand(String classPath, Path plans, String mode, String... count) {
        List<String> command = new ArrayList<>(List.of(
                java(),
                "-cp",
                classPath,
                WarmWorkload.class.getName(),
                mode,
                plans.toString(),
                String.valueOf(threads)));
        command.addAll(List.of(count));
        return command;
    }

    /** Complete assessments with their workbooks per second on every core, in this process, warmed until steady. */
    public Measurement withWorkbooks(List<Submission> plans, double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ExecutorService pool = load(plans, done, stop);
        SteadyState.Outcome warmUp = SteadyState.BENCH.await(done::get);
        double rate = SteadyState.rateOver(done::get, seconds);
        stop.set(true);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        return Measurement.reported(
                "Complete assessments with workbook, warm, " + threads + " threads",
                String.format(Locale.ROOT, "%.0f per second (%s)", rate, warmUp.describe()),
                "",
                "see the ratio to POI below");
    }

    private ExecutorService load(
            List<Submission> plans, AtomicLong done, java.util.concurrent.atomic.AtomicBoolean stop) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (!stop.get()) {
                    Submission s = plans.get(Math.floorMod(next.getAndIncrement(), plans.size()));
                    write(advisor.assess(s, AS_OF), s, OutputStream.nullOutputStream());
                    done.incrementAndGet();
                }
                return null;
            });
        }
        return pool;
    }

    private void write(Assessment a, Submission s, OutputStream out) {
        try {
            workbooks.write(a, s, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A complete assessment with its workbook against writing the same cells with POI and no engine, one thread. The
     * floor the target names is POI's streaming writer as shipped; the same cells through the advisor's tuned writer
     * ({@link StreamingWorkbook}) are measured too, which shows the engine's and the report layout's own share.
     */
    public List<Measurement> floorRatio(List<Submission> plans) throws IOException {
        List<List<List<List<Object>>>> cells = new ArrayList<>();
        for (Submission s : plans) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(advisor.assess(s, AS_OF), s, out);
            cells.add(cellsOf(out.toByteArray()));
        }
        timeRound(plans, cells); // two rounds to warm up, the third is measured
        timeRound(plans, cells);
        long[] nanos = timeRound(plans, cells);
        double n = plans.size();
        double ratio = (double) nanos[0] / nanos[1];
        return List.of(
                Measurement.against(
                        "Assessment + workbook, one thread, warm",
                        String.format(Locale.ROOT, "%.1f ms", nanos[0] / 1e6 / n),
                        String.format(
                                Locale.ROOT,
                                "POI's streaming writer, same cells %.1f ms: %.2f x",
                                nanos[1] / 1e6 / n,
                                ratio),
                        "at most 1.3 x",
                        ratio <= 1.3),
                Measurement.reported(
                        "Assessment + workbook against the tuned writer on the same cells",
                        String.format(Locale.ROOT, "%.1f ms", nanos[0] / 1e6 / n),
                        String.format(
                                Locale.ROOT,
                                "tuned writer %.1f ms: %.2f x",
                                nanos[2] / 1e6 / n,
                                (double) nanos[0] / nanos[2]),
                        "for reference: the engine's and the layout's share"));
    }

    /**
     * Nanoseconds for: assessing and writing each plan's workbook; its cells through stock POI; through the tuned
     * writer.
     */
    private long[] timeRound(List<Submission> plans, List<List<List<List<Object>>>> cells) throws IOException {
        long[] nanos = new long[3];
        for (int i = 0; i < plans.size(); i++) {
            long t0 = System.nanoTime();
            write(advisor.assess(plans.get(i), AS_OF), plans.get(i), OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            writePlain(cells.get(i), new SXSSFWorkbook(-1));
            long t2 = System.nanoTime();
            writePlain(cells.get(i), new StreamingWorkbook(new XSSFWorkbook()));
            long t3 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
        }
        return nanos;
    }

    private static List<List<List<Object>>> cellsOf(byte[] workbook) throws IOException {
        List<List<List<Object>>> sheets = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Object> values = new ArrayList<>();
                    for (Cell c : row) {
                        values.add(
                                c.getCellType() == CellType.NUMERIC
                                        ? (Object) c.getNumericCellValue()
                                        : c.getCellType() == CellType.STRING ? c.getStringCellValue() : null);
                    }
                    rows.add(values);
                }
                sheets.add(rows);
            }
        }
        return sheets;
    }

    private static void writePlain(List<List<List<Object>>> sheets, SXSSFWorkbook workbook) throws IOException {
        try (SXSSFWorkbook wb = workbook) {
            for (List<List<Object>> rows : sheets) {
                Sheet sheet = wb.createSheet();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Double d) {
                            row.createCell(c).setCellValue(d);
                        } else if (v instanceof String s) {
                            row.createCell(c).setCellValue(s);
                        }
                    }
                }
            }
            wb.write(OutputStream.nullOutputStream());
            wb.dispose();
        }
    }

    /** The batch runner over generated plans in a folder, writing every workbook and JSON to disk. */
    public Measurement batch(int count) throws Exception {
        Path dir = Files.createTempDirectory("bench-batch");
        DescriptionGenerator generator = new DescriptionGenerator(advisor.knowledge(), 7);
        for (int i = 0; i < count; i++) {
            Files.writeString(
                    dir.resolve(String.format(Locale.ROOT, "plan-%04d.json", i)),
                    generator.next().toString());
        }
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        new BatchRunner(advisor, threads).run(PlanFolder.scan(dir, out, false).plans(), out, AS_OF, r -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        deleteTree(dir);
        return Measurement.reported(
                "Batch runner, " + count + " generated plans (workbook and JSON each, " + threads + " threads)",
                String.format(Locale.ROOT, "%.1f s (%.0f plans a second)", seconds, count / seconds),
                "",
                "reported (the release before had no batch runner)");
    }

    /**
     * The service in its own JVM with -Xmx256m (and exit on out-of-memory, so one cannot pass unseen), under a stated
     * load: {@code clients} closed-loop clients, each posting a generated description as JSON as soon as its last
     * answer came. The service warms itself until steady before it reports ready (its log says how long that took);
     * the load generator is a JIT-compiled client on the same cores, so it too runs until its rate is steady before the
     * measured seconds, and its own CPU share (its threads' CPU time over wall time and cores) is reported: what it
     * takes from the service. Errors while it warms still count.
     */
    public Measurement service(int clients, double seconds, List<Submission> plans) throws Exception {
        int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
        Path log = Files.createTempFile("bench-service", ".log");
        long launched = System.nanoTime();
        Process server = new ProcessBuilder(
                        java(),
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        String.valueOf(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://localhost:" + port;
        try {
            awaitReady(http, base, server);
            double ready = (System.nanoTime() - launched) / 1e9;
            String warmUp = Files.readAllLines(log).stream()
                    .filter(l -> l.contains(ServiceWarmUp.LOG_MARK))
                    .map(l -> l.substring(l.indexOf(ServiceWarmUp.LOG_MARK) + ServiceWarmUp.LOG_MARK.length())
                            .strip())
                    .findFirst()
                    .orElse("its warm-up did not report");
            List<byte[]> bodies = plans.stream()
                    .map(s -> s.received().toString().getBytes(StandardCharsets.UTF_8))
                    .toList();
            LoadRun run = post(http, URI.create(base + "/api/assessments"), bodies, clients, seconds);
            List<Long> sorted = new ArrayList<>(run.latencies());
            Collections.sort(sorted);
            double p50 = sorted.get(sorted.size() / 2) / 1e6;
            double p99 = sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
            boolean alive = server.isAlive();
            boolean ok = run.errors() == 0 && alive;
            return Measurement.against(
                    "Service: " + clients + " closed-loop clients, " + (int) seconds + " s measured, -Xmx256m, JSON",
                    String.format(
                            Locale.ROOT,
                            "%.0f requests/s, p50 %.0f ms, p99 %.0f ms, %d errors, server %s",
                            sorted.size() / seconds,
                            p50,
                            p99,
                            run.errors(),
                            alive ? "up" : "DOWN"),
                    String.format(
                            Locale.ROOT,
                            "load generator's CPU %.0f%% of %d cores (client %s); service ready in %.1f s (%s)",
                            100 * run.cpuShare(),
                            threads,
                            run.warmUp().describe(),
                            ready,
                            warmUp),
                    "no errors, no out-of-memory (latency is reported with its load)",
                    ok);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            Files.deleteIfExists(log);
        }
    }

    /**
     * The latency of every measured request, how many requests failed (not 200, or no answer), how the client's
     * warm-up ended, and the generator's CPU share while measured.
     */
    private record LoadRun(List<Long> latencies, int errors, SteadyState.Outcome warmUp, double cpuShare) {}

    private LoadRun post(HttpClient http, URI target, List<byte[]> bodies, int clients, double seconds)
            throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean measuring = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpuAtStart = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Long, Long> cpuAtEnd = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long id = Thread.currentThread().getId();
                while (!stop.get()) {
                    if (measuring.get()) {
                        cpuAtStart.putIfAbsent(id, cpu.getCurrentThreadCpuTime());
                    }
                    byte[] body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(
                                HttpRequest.newBuilder(target)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (measuring.get() && cpuAtStart.containsKey(id)) {
                        latencies.add(System.nanoTime() - t0);
                    }
                    done.incrementAndGet();
                }
                cpuAtEnd.put(id, cpu.getCurrentThreadCpuTime());
                return null;
            });
        }
        SteadyState.Outcome warmUp = SteadyState.BENCH.await(done::get);
        Map<Long, Long> httpBefore = httpClientCpu(cpu);
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        Map<Long, Long> httpAfter = httpClientCpu(cpu);
        double wall = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        long cpuNanos = 0;
        for (Map.Entry<Long, Long> e : cpuAtEnd.entrySet()) {
            cpuNanos += e.getValue() - cpuAtStart.getOrDefault(e.getKey(), e.getValue());
        }
        for (Map.Entry<Long, Long> e : httpAfter.entrySet()) {
            cpuNanos += e.getValue() - httpBefore.getOrDefault(e.getKey(), 0L);
        }
        double share = cpuNanos / 1e9 / wall / threads;
        return new LoadRun(new ArrayList<>(latencies), errors.get(), warmUp, share);
    }

    /** CPU nanoseconds so far of the HTTP client's own threads (its selector and its executor). */
    private static Map<Long, Long> httpClientCpu(ThreadMXBean cpu) {
        Map<Long, Long> times = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("HttpClient")) {
                times.put(t.getId(), cpu.getThreadCpuTime(t.getId()));
            }
        }
        return times;
    }

    /**
     * Waits for the service to report ready, asking every 200 ms (asking in a tight loop would take a core from the
     * warm-up it waits for), for the service's longest warm-up and a minute to start.
     */
    private static void awaitReady(HttpClient http, String base, Process server) throws Exception {
        long end = System.nanoTime()
                + Duration.ofSeconds(ServiceWarmUp.DEFAULT_CAP_SECONDS + 60).toNanos();
        while (System.nanoTime() < end && server.isAlive()) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become ready within "
                + (ServiceWarmUp.DEFAULT_CAP_SECONDS + 60) + " s" + (server.isAlive() ? "" : " (it stopped)"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static final String AGAINST = "Floor or baseline, same run: ratio";

    /** The figures as a table: each beside its floor or baseline and the ratio to it. */
    public static String table(List<Measurement> figures) {
        int w = figures.stream().mapToInt(m -> m.what().length()).max().orElse(10);
        int r = figures.stream().mapToInt(m -> m.result().length()).max().orElse(10);
        int a = Math.max(
                AGAINST.length(),
                figures.stream().mapToInt(m -> m.against().length()).max().orElse(10));
        String line = "%-" + w + "s  %-" + r + "s  %-" + a + "s  %s%n";
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, line, "Measure", "Result", AGAINST, "Target"));
        for (Measurement m : figures) {
            s.append(String.format(Locale.ROOT, line, m.what(), m.result(), m.against(), m.verdict()));
        }
        return s.toString();
    }
}
