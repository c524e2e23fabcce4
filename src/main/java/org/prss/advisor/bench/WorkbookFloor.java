package org.prss.advisor.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.StreamingWorkbook;

/**
 * A complete assessment with its workbook against writing the same cells with POI and no engine, one thread. The floor
 * the target names is POI's streaming writer as shipped; the same cells through the advisor's tuned writer ({@link
 * StreamingWorkbook}) are measured too, which shows the engine's and the report layout's own share.
 */
final class WorkbookFloor {

    /** Nanoseconds over a round of plans: assessing, writing each workbook; its cells through POI; the tuned writer. */
    record Timings(long assessment, long poi, long tunedWriter) {

        static final Timings NONE = new Timings(0, 0, 0);

        Timings plus(Timings other) {
            return new Timings(assessment + other.assessment, poi + other.poi, tunedWriter + other.tunedWriter);
        }
    }

    private final BenchSubject subject;

    WorkbookFloor(BenchSubject subject) {
        this.subject = subject;
    }

    List<Measurement> measure(List<Submission> plans) throws IOException {
        List<WorkbookCells> cells = new ArrayList<>();
        for (Submission s : plans) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subject.assessAndWrite(s, out);
            cells.add(WorkbookCells.of(out.toByteArray()));
        }
        round(plans, cells); // two rounds to warm up, the third is measured
        round(plans, cells);
        Timings nanos = round(plans, cells);
        double n = plans.size();
        double ratio = (double) nanos.assessment() / nanos.poi();
        String assessment = String.format(Locale.ROOT, "%.1f ms", nanos.assessment() / 1e6 / n);
        return List.of(
                Measurement.against(
                        "Assessment + workbook, one thread, warm",
                        assessment,
                        String.format(
                                Locale.ROOT,
                                "POI's streaming writer, same cells %.1f ms: %.2f x",
                                nanos.poi() / 1e6 / n,
                                ratio),
                        "at most 1.3 x",
                        ratio <= 1.3),
                Measurement.reported(
                        "Assessment + workbook against the tuned writer on the same cells",
                        assessment,
                        String.format(
                                Locale.ROOT,
                                "tuned writer %.1f ms: %.2f x",
                                nanos.tunedWriter() / 1e6 / n,
                                (double) nanos.assessment() / nanos.tunedWriter()),
                        "for reference: the engine's and the layout's share"));
    }

    private Timings round(List<Submission> plans, List<WorkbookCells> cells) throws IOException {
        Timings total = Timings.NONE;
        for (int i = 0; i < plans.size(); i++) {
            long t0 = System.nanoTime();
            subject.assessAndWrite(plans.get(i), OutputStream.nullOutputStream());
            long t1 = System.nanoTime();
            cells.get(i).writeThrough(new SXSSFWorkbook(-1), OutputStream.nullOutputStream());
            long t2 = System.nanoTime();
            cells.get(i).writeThrough(new StreamingWorkbook(new XSSFWorkbook()), OutputStream.nullOutputStream());
            long t3 = System.nanoTime();
            total = total.plus(new Timings(t1 - t0, t2 - t1, t3 - t2));
        }
        return total;
    }
}
