package org.prss.advisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Role;

/**
 * The role review of a job description: cold (a fresh JVM, loading the models), alternated with the baseline's jar (at
 * most 1.2 x its time); warm, new wording each time, in a JVM of its own through each jar (at most 5 ms a line); then
 * in this process the first review (loading the models if nothing has), the same lines again, and new wording each
 * time (nothing cached).
 */
final class RoleReviewBench {

    /** How the workload's role mode prints its figure. */
    private static final String PER_LINE = "msPerLine=";

    private final BenchSubject subject;
    private final Launcher launcher;
    private final ClassPaths classPaths;

    RoleReviewBench(BenchSubject subject, Launcher launcher, ClassPaths classPaths) {
        this.subject = subject;
        this.launcher = launcher;
        this.classPaths = classPaths;
    }

    List<Measurement> measure(Path jobDescription, int runs, Baseline baseline) throws Exception {
        Path out = Files.createTempFile("bench", ".xlsx");
        List<String> role = List.of("role", jobDescription.toString(), "-o", out.toString());
        List<String> ours = launcher.cli(classPaths.packaged(), role);
        List<String> theirs = launcher.cli(classPaths.baseline(baseline), role);
        Samples cold = new Samples();
        Samples theirCold = new Samples();
        for (int i = 0; i < runs; i++) {
            cold.add(Processes.seconds(ours));
            theirCold.add(Processes.seconds(theirs));
        }
        Files.deleteIfExists(out);
        double ourLine = perLine(classPaths.packaged(), jobDescription);
        double theirLine = perLine(classPaths.withLibraries(classPaths.workloadOver(baseline)), jobDescription);
        List<String> lines =
                DutyListReader.read(jobDescription).description().role().duties();
        long t0 = System.nanoTime();
        review(lines);
        double first = (System.nanoTime() - t0) / 1e6;
        Samples same = new Samples();
        Samples reworded = new Samples();
        for (int i = 0; i < runs * 3; i++) {
            long s = System.nanoTime();
            review(lines);
            same.add((System.nanoTime() - s) / 1e6);
            int round = i;
            List<String> newWording =
                    lines.stream().map(l -> l + " (round " + round + ")").toList();
            s = System.nanoTime();
            review(newWording);
            reworded.add((System.nanoTime() - s) / 1e6);
        }
        String what = "Role review of a " + lines.size() + "-line job description";
        return List.of(
                Measurement.against(
                        what + ", cold (fresh JVM, ./advisor role)",
                        String.format(Locale.ROOT, "median %.2f s, %d runs", cold.median(), runs),
                        String.format(
                                Locale.ROOT,
                                "%s %.2f s: %.2f x",
                                baseline.shortCommit(),
                                theirCold.median(),
                                cold.median() / theirCold.median()),
                        "at most 1.2 x",
                        cold.median() <= theirCold.median() * 1.2),
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
                        String.format(Locale.ROOT, "median %.0f ms", same.median()),
                        String.format(Locale.ROOT, "new wording: %.2f x", same.median() / reworded.median()),
                        "reported"),
                Measurement.reported(
                        what + ", warm, new wording each time",
                        String.format(
                                Locale.ROOT,
                                "median %.0f ms (%.1f ms a line)",
                                reworded.median(),
                                reworded.median() / lines.size()),
                        "",
                        "reported"));
    }

    /** The median milliseconds a line of the job description takes, warm, new wording each round, on a class path. */
    private static double perLine(String classPath, Path jobDescription) throws IOException, InterruptedException {
        List<String> workload =
                Launcher.longLived(classPath, WarmWorkload.class, List.of("role", jobDescription.toString(), "30"));
        String output = Processes.output(workload, "the role workload");
        return output.lines()
                .filter(l -> l.startsWith(PER_LINE))
                .mapToDouble(l -> Double.parseDouble(l.substring(PER_LINE.length())))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the role workload printed no figure: " + output));
    }

    private void review(List<String> duties) throws Exception {
        Role role = new Role(List.of(), duties, List.of());
        subject.advisor()
                .reviewRole(
                        new Submission("bench", null, new ProgramDescription(null, null, null, role, null)),
                        BenchSubject.AS_OF);
    }
}
