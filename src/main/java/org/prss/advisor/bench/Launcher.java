package org.prss.advisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The project's launcher ({@code ./advisor}) as the bench sees it. It is the one source of the JVM options a
 * short-lived command gets and of its caches' options ({@code scripts/jvm-options}, printed by {@code ./advisor
 * --jvm-options [GROUP FILE]}), so every fresh JVM the bench times starts as a user's command does, and with the same
 * options whichever jar it runs: this build's, a baseline's, or a floor. Long-lived JVMs (the launcher's serve, batch
 * and bench) get none.
 */
final class Launcher {

    /** The groups of cache options in {@code scripts/jvm-options}, by the names the launcher prints them under. */
    enum CacheOptions {
        /** Starting from a class-data archive. */
        CLASS_DATA_ARCHIVE,
        /** Making an ahead-of-time cache at exit (Java 24 or newer). */
        MAKE_AOT_CACHE,
        /** Starting from an ahead-of-time cache. */
        AOT_CACHE
    }

    private final Path script;
    private final Path target;
    private final List<String> shortLived;

    private Launcher(Path script, Path target, List<String> shortLived) {
        this.script = script;
        this.target = target;
        this.shortLived = shortLived;
    }

    /** The launcher of the project the jar was built in ({@code target/advisor.jar} beside {@code ./advisor}). */
    static Launcher of(Path jar) throws IOException, InterruptedException {
        Path target = jar.toAbsolutePath().getParent();
        Path script = target.resolveSibling("advisor");
        List<String> shortLived = Processes.output(
                        List.of("bash", script.toString(), "--jvm-options"), "./advisor --jvm-options")
                .lines()
                .toList();
        return new Launcher(script, target, shortLived);
    }

    /** The launcher's command line for these arguments, as a user types it. */
    List<String> command(List<String> args) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(args);
        return command;
    }

    /** The options of one cache group for the given archive or cache file, as the launcher gives them. */
    List<String> options(CacheOptions group, Path file) throws IOException, InterruptedException {
        List<String> ask = command(List.of("--jvm-options", group.name(), file.toString()));
        return Processes.output(ask, "./advisor --jvm-options " + group).lines().toList();
    }

    /**
     * A short-lived JVM on the given Java: the launcher's options, then these (a cache's), then the program and its
     * arguments.
     */
    List<String> shortLived(String java, List<String> options, List<String> program) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(shortLived);
        command.addAll(options);
        command.addAll(program);
        return command;
    }

    /** The command line ({@code AdvisorCli}) on a class path, in a short-lived JVM on the bench's own Java. */
    List<String> cli(String classPath, List<String> args) {
        List<String> program = new ArrayList<>(List.of("-cp", classPath, "org.prss.advisor.cli.AdvisorCli"));
        program.addAll(args);
        return shortLived(Processes.java(), List.of(), program);
    }

    /** A long-running JVM on the bench's own Java: no options, as the launcher gives serve, batch and bench. */
    static List<String> longLived(String classPath, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Processes.java(), "-cp", classPath, main.getName()));
        command.addAll(args);
        return command;
    }

    /** What the launcher runs on: the first Java 24 or newer it finds (with its AOT cache), or java on the path. */
    String runtime() throws IOException, InterruptedException {
        return Processes.output(command(List.of("--runtime")), "./advisor --runtime")
                .strip();
    }

    /** The class-data archive the launcher made for this build, if it made one. */
    Optional<Path> classDataArchive() {
        Path archive = target.resolve("advisor.jsa");
        return Files.exists(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** The Java the launcher made its AOT cache with, as it recorded it beside the cache; empty when it made none. */
    Optional<String> aotJava() throws IOException {
        Path recorded = target.resolve("advisor.aot.java");
        String java = Files.exists(recorded) ? Files.readString(recorded).strip() : "";
        return java.isEmpty() || !Files.exists(target.resolve("advisor.aot")) ? Optional.empty() : Optional.of(java);
    }
}
