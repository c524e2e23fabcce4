package org.prss.advisor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link WarmWorkload} JVM in its paired mode, kept running: it takes one command at a time and answers each with a
 * line of {@code key=value} figures, so the bench can warm two such JVMs and then alternate short windows between them.
 */
final class WorkloadProcess implements AutoCloseable {

    /**
     * How a workload's warm-up ended, as it answered {@code warm}: the seconds until two windows agreed, whether the
     * cap stopped it first, and the assessments a second in its first window.
     */
    record WarmUp(double steadySeconds, boolean capped, double firstRate) {

        String describe() {
            return String.format(
                    Locale.ROOT, capped ? "not steady after %.1f s (cap)" : "steady after %.1f s", steadySeconds);
        }
    }

    private final String name;
    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;

    private WorkloadProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the workload and waits until its plans are read; {@code name} says which jar it runs, for errors. */
    static WorkloadProcess start(String name, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        WorkloadProcess workload = new WorkloadProcess(name, process);
        String first = workload.answers.readLine();
        if (!"ready".equals(first)) {
            throw workload.failed(first);
        }
        return workload;
    }

    /** Loads the workload until its rate is steady (or the cap stops it), then stops the load. */
    WarmUp warm() throws IOException, InterruptedException {
        Map<String, String> figures = send("warm");
        return new WarmUp(
                Double.parseDouble(figure(figures, "steady")),
                Boolean.parseBoolean(figure(figures, "capped")),
                Double.parseDouble(figure(figures, "first")));
    }

    /** Assessments a second over one window of the given length, with no load before or after it. */
    double window(double seconds) throws IOException, InterruptedException {
        return Double.parseDouble(figure(send(String.valueOf(seconds)), "rate"));
    }

    private Map<String, String> send(String command) throws IOException, InterruptedException {
        commands.write(command + "\n");
        commands.flush();
        String answer = answers.readLine();
        if (answer == null) {
            throw failed(null);
        }
        Map<String, String> figures = new HashMap<>();
        for (String pair : answer.strip().split(" ")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                figures.put(kv[0], kv[1]);
            }
        }
        return figures;
    }

    private String figure(Map<String, String> figures, String key) {
        String value = figures.get(key);
        if (value == null) {
            throw new IllegalStateException("the workload on " + name + " answered without " + key + ": " + figures);
        }
        return value;
    }

    private IllegalStateException failed(String answer) throws InterruptedException {
        process.destroy();
        return new IllegalStateException("the workload on " + name + " stopped"
                + (answer == null ? " (exit " + process.waitFor() + ")" : ": " + answer));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        commands.close(); // end of input: the workload exits
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }
}
