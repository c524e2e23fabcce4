package org.prss.advisor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.prss.advisor.batch.BatchRunner;
import org.prss.advisor.batch.PlanFolder;
import org.prss.advisor.input.DescriptionGenerator;

/** The batch runner over generated plans in a folder, writing every workbook and JSON to disk. */
final class GeneratedBatch {

    /** The generator's seed for the batch's plans (the in-process measurements use their own). */
    private static final long SEED = 7;

    private final BenchSubject subject;

    GeneratedBatch(BenchSubject subject) {
        this.subject = subject;
    }

    Measurement measure(int count) throws Exception {
        Path dir = Files.createTempDirectory("bench-batch");
        DescriptionGenerator generator =
                new DescriptionGenerator(subject.advisor().knowledge(), SEED);
        for (int i = 0; i < count; i++) {
            Files.writeString(
                    dir.resolve(String.format(Locale.ROOT, "plan-%04d.json", i)),
                    generator.next().toString());
        }
        Path out = dir.resolve("out");
        long start = System.nanoTime();
        new BatchRunner(subject.advisor(), subject.threads())
                .run(PlanFolder.scan(dir, out, false).plans(), out, BenchSubject.AS_OF, r -> {});
        double seconds = (System.nanoTime() - start) / 1e9;
        Folders.delete(dir);
        return Measurement.reported(
                "Batch runner, " + count + " generated plans (workbook and JSON each, " + subject.threads()
                        + " threads)",
                String.format(Locale.ROOT, "%.1f s (%.0f plans a second)", seconds, count / seconds),
                "",
                "reported (the release before had no batch runner)");
    }
}
