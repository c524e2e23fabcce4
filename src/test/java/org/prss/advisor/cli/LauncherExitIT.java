package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refused input through {@code ./advisor}, as a user runs it, on the Java and the cache the launcher picks (Java 25
 * with its AOT cache where one is installed): each case many times, since the crash this guards against (the JVM
 * exiting while ONNX Runtime was still creating the sentence model's session on a background thread) came about one
 * run in three. Every run must end with exit 2 and its message, leave no crash report in the working folder or the
 * temporary folder, and write nothing.
 */
class LauncherExitIT {

    /** Enough runs that a failure one run in three, or one in ten, does not slip through. */
    private static final int RUNS = 20;

    private static final Path LAUNCHER = Path.of("advisor").toAbsolutePath();

    @TempDir
    static Path inputs;

    @TempDir
    Path work;

    /** A refused command line and the start of the message it must print. */
    private record Case(List<String> args, String message) {
        static Case of(String message, String... args) {
            return new Case(List.of(args), message);
        }
    }

    @BeforeAll
    static void launcherAndInputs() throws Exception {
        // The launcher rebuilds a stale jar with `mvn clean`, which would pull the build out from under this run.
        try (Stream<Path> sources = Stream.of("pom.xml", "src/main", "rules", "checklists")
                .map(Path::of)
                .flatMap(LauncherExitIT::walk)) {
            long jar =
                    Files.getLastModifiedTime(Path.of("target", "advisor.jar")).toMillis();
            List<Path> newer = sources.filter(p -> modified(p) > jar).limit(3).toList();
            assertTrue(newer.isEmpty(), "the jar is older than " + newer + ": run mvn package first");
        }
        // The first run makes the launcher's class-data archive and AOT cache; later runs use them.
        Process warm = new ProcessBuilder(LAUNCHER.toString(), "--runtime")
                .redirectErrorStream(true)
                .start();
        assertTrue(warm.waitFor(5, TimeUnit.MINUTES));
        ObjectMapper json = new ObjectMapper();
        ObjectNode plan = (ObjectNode) json.readTree(
                Path.of("samples", "treatment-court-operating.json").toFile());
        ((ObjectNode) plan.get("program")).put("setting", "TREATMENT_CORT");
        Files.writeString(inputs.resolve("misspelt.json"), plan.toPrettyString());
        String yaml = Files.readString(Path.of("samples", "jail-planning.yaml"));
        assertTrue(yaml.contains("duties:") && yaml.contains("expectedParticipants:"));
        Files.writeString(
                inputs.resolve("misspelt.yaml"), yaml.replaceFirst("expectedParticipants:", "expectedParticipnts:"));
        Files.writeString(inputs.resolve("fake.docx"), "not a word document");
        byte[] pdf = Files.readAllBytes(
                Path.of("src", "test", "resources", "job-descriptions", "peer-specialist-job-description.pdf"));
        Files.write(inputs.resolve("truncated.pdf"), Arrays.copyOf(pdf, 4000));
        Files.copy(
                Path.of("src", "test", "resources", "job-descriptions", "peer-specialist-job-description.docx"),
                inputs.resolve("job.docx"));
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("empty.json"), "");
        Files.createDirectory(inputs.resolve("folder"));
    }

    @Test
    void everyRefusedCommandExitsTwoWithItsMessageAndLeavesNothingBehind() throws Exception {
        String setting = "program.setting: 'TREATMENT_CORT' is not a valid value (did you mean TREATMENT_COURT?)";
        List<Case> cases = List.of(
                Case.of("misspelt.json: " + setting, "assess", "misspelt.json"),
                Case.of("misspelt.json: " + setting, "validate", "misspelt.json"),
                Case.of(
                        "misspelt.yaml: facts.expectedParticipnts: unknown field 'expectedParticipnts' (did you mean"
                                + " 'expectedParticipants'?)",
                        "assess",
                        "misspelt.yaml"),
                Case.of("fake.docx: (file): is not a Word document", "role", "fake.docx"),
                Case.of("truncated.pdf: (file): cannot be read as a PDF", "role", "truncated.pdf"),
                Case.of("nosuchfile.docx: (file): no such file", "role", "nosuchfile.docx"),
                Case.of("missing.txt: (file): no such file", "role", "missing.txt"),
                Case.of("empty.txt: (file): no duties found", "role", "empty.txt"),
                Case.of("empty.json: (file): the file is empty", "assess", "empty.json"),
                Case.of("folder: (file): is a folder, not a file", "assess", "folder"),
                Case.of(
                        "job.docx: (file): is a job description, not a program description (review its duties with:"
                                + " ./advisor role job.docx)",
                        "assess",
                        "job.docx"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                for (Case c : cases) {
                    Path folder = Files.createDirectory(work.resolve("run-" + runs.size()));
                    runs.add(pool.submit(() -> run(c, folder)));
                }
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> run : runs) {
                String failure = run.get(10, TimeUnit.MINUTES);
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertEquals(List.of(), failures, failures.size() + " of " + runs.size() + " runs failed");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one case in its own working and temporary folders; null when all held, else what went wrong. */
    private static String run(Case c, Path folder) throws IOException, InterruptedException {
        Path cwd = Files.createDirectory(folder.resolve("cwd"));
        Path tmp = Files.createDirectory(folder.resolve("tmp"));
        try (Stream<Path> files = Files.list(inputs)) {
            for (Path input : files.toList()) {
                if (Files.isRegularFile(input)) {
                    Files.copy(input, cwd.resolve(input.getFileName()));
                } else {
                    Files.createDirectory(cwd.resolve(input.getFileName()));
                }
            }
        }
        Set<String> before = names(cwd);
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(c.args());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectOutput(folder.resolve("stdout").toFile())
                .redirectError(folder.resolve("stderr").toFile());
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return c.args() + ": did not finish in 2 minutes";
        }
        String err = Files.readString(folder.resolve("stderr"), StandardCharsets.UTF_8);
        String what = c.args() + " exit " + process.exitValue() + ": ";
        if (process.exitValue() != 2) {
            return what + "expected exit 2; stderr: " + err;
        }
        if (!err.startsWith(c.message()) || err.strip().lines().count() != 1) {
            return what + "expected one line starting '" + c.message() + "', got: " + err;
        }
        if (!names(cwd).equals(before)) {
            return what + "the working folder changed: " + before + " -> " + names(cwd);
        }
        if (!names(tmp).isEmpty()) {
            return what + "left in the temporary folder: " + names(tmp);
        }
        return null;
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            return fail("cannot list " + root + ": " + e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return fail("cannot read the time of " + file + ": " + e);
        }
    }
}
