package org.prss.advisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;

/**
 * A previous release's jar, built once from its commit and kept under {@code target/bench-baseline/COMMIT/}, so the
 * bench can run the same workload through it on the same machine in the same run and print a ratio instead of an
 * absolute figure that only holds on the machine it was taken on. The commit's files come from {@code git archive}
 * (no worktree is registered in the repository) and are built with {@code mvn -o -q package -DskipTests}.
 */
public record Baseline(String commit, Path jar) {

    /** The commit that set rule set 0.2.0, the baseline while the project has no tags. */
    public static final String RELEASE_0_2_0 = "2a8e4d3";

    /** The newest tag of the repository, or release 0.2.0's commit when it has none. */
    public static String defaultRevision(Path project) throws IOException, InterruptedException {
        String newest = git(project, "tag", "--sort=-creatordate")
                .lines()
                .findFirst()
                .orElse("")
                .strip();
        return newest.isEmpty() ? RELEASE_0_2_0 : newest;
    }

    /** The revision's jar, built now unless an earlier bench run built it. */
    public static Baseline of(Path project, String revision) throws IOException, InterruptedException {
        String commit =
                git(project, "rev-parse", "--verify", revision + "^{commit}").strip();
        Path home = project.resolve("target/bench-baseline").resolve(commit);
        Path jar = home.resolve("target/advisor.jar");
        if (!Files.isRegularFile(jar)) {
            Files.createDirectories(home);
            run(project, List.of("bash", "-c", "git archive " + commit + " | tar -x -C '" + home + "'"));
            run(home, List.of("mvn", "-o", "-q", "-B", "-Dstyle.color=never", "package", "-DskipTests"));
            if (!Files.isRegularFile(jar)) {
                throw new IOException("building " + revision + " made no target/advisor.jar");
            }
        }
        return new Baseline(commit, jar);
    }

    /**
     * The plans both releases assess in the same workload: the baseline's own sample descriptions (JSON and YAML) that
     * this build reads too, copied into a folder of their own beside the baseline's jar.
     */
    public Path sharedPlans(DescriptionReader reader) throws IOException {
        Path home = jar.getParent().getParent();
        Path plans = Files.createDirectories(home.resolve("bench-plans"));
        try (Stream<Path> samples = Files.list(home.resolve("samples"))) {
            for (Path sample : samples.sorted().toList()) {
                String name = sample.getFileName().toString();
                if (!name.endsWith(".json") && !name.endsWith(".yaml")) {
                    continue;
                }
                try {
                    reader.read(sample);
                    Files.copy(sample, plans.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                } catch (InvalidInputException e) {
                    // a sample this build no longer reads cannot be in the shared workload
                }
            }
        }
        return plans;
    }

    /** The short commit id, for the table. */
    public String shortCommit() {
        return commit.substring(0, 7);
    }

    private static String git(Path project, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed: " + out.strip());
        }
        return out;
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed in " + dir + ":\n" + out);
        }
    }
}
