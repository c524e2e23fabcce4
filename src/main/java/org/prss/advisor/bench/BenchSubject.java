package org.prss.advisor.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.DescriptionGenerator;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;

/**
 * What the measurements in this process assess with: the packaged advisor, its workbook writer, and the threads the
 * multi-threaded ones use (every core). Every assessment is made as of one fixed date, so runs compare.
 */
record BenchSubject(Advisor advisor, AssessmentWorkbook workbooks, int threads) {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static BenchSubject of(Advisor advisor) {
        return new BenchSubject(
                advisor,
                new AssessmentWorkbook(advisor.knowledge()),
                Runtime.getRuntime().availableProcessors());
    }

    /** Descriptions from the generator, validated as a submitter's would be. */
    List<Submission> generated(int count, long seed) throws InvalidInputException {
        DescriptionGenerator generator = new DescriptionGenerator(advisor.knowledge(), seed);
        List<Submission> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(advisor.reader()
                    .read("generated-" + i, generator.next().toString().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** A complete assessment: the plan assessed and its workbook written. */
    void assessAndWrite(Submission plan, OutputStream out) {
        try {
            workbooks.write(advisor.assess(plan, AS_OF), plan, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
