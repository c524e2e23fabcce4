package org.prss.advisor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.JobDescriptionReader;
import org.prss.advisor.input.JobDescriptionReader.Format;

/**
 * The job-description readers on any bytes: Word and PDF documents (seeded with documents saved by LibreOffice) and
 * plain-text duty lists.
 */
class JobDescriptionFuzzTest {

    private static final JobDescriptionReader READER = TestAdvisor.get().jobDescriptions();

    static {
        ReaderContract.warmUp(
                JobDescriptionFuzzTest.class, "readsWordDocuments", b -> () -> READER.read("job.docx", Format.WORD, b));
        ReaderContract.warmUp(
                JobDescriptionFuzzTest.class, "readsPdfDocuments", b -> () -> READER.read("job.pdf", Format.PDF, b));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsWordDocuments(byte[] content) {
        ReaderContract.holds("job.docx", () -> READER.read("job.docx", Format.WORD, content));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsPdfDocuments(byte[] content) {
        ReaderContract.holds("job.pdf", () -> READER.read("job.pdf", Format.PDF, content));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsDutyLists(byte[] content) {
        ReaderContract.holds("duties.txt", () -> DutyListReader.read("duties.txt", content));
        // Text that is not UTF-8 is its own refusal; the same words as UTF-8 take the parsing path too.
        byte[] asText = new String(content, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8);
        ReaderContract.holds("duties.txt", () -> DutyListReader.read("duties.txt", asText));
    }
}
