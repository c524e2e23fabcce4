package org.prss.advisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The bench's child processes: started, waited for, timed or read; one that fails stops the benchmark. */
final class Processes {

    private Processes() {}

    /** The java of the JVM the bench runs in, which runs this build's jar and a baseline's alike. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Seconds a process takes from start to exit, its output discarded. */
    static double seconds(List<String> command) throws IOException, InterruptedException {
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

    /** What a process prints (standard output and error together); {@code what} names it when it fails. */
    static String output(List<String> command, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed: " + out.strip());
        }
        return out;
    }
}
