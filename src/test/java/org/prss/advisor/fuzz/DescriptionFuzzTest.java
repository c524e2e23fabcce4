package org.prss.advisor.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.DescriptionReader;

/**
 * The program description reader on any bytes: JSON and YAML descriptions (seeded with the samples and test
 * descriptions) and filled-in intake workbooks (seeded with the template and workbooks filled in by the advisor and
 * saved by LibreOffice), each recognised from the content as a user's upload is.
 */
class DescriptionFuzzTest {

    private static final DescriptionReader READER = TestAdvisor.get().reader();

    static {
        ReaderContract.warmUp(
                DescriptionFuzzTest.class, "readsIntakeWorkbooks", b -> () -> READER.read("intake.xlsx", b));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsJsonAndYamlDescriptions(byte[] content) {
        ReaderContract.holds("plan.yaml", () -> READER.read("plan.yaml", content));
    }

    @FuzzTest
    @Timeout(value = ReaderContract.SECONDS, unit = TimeUnit.SECONDS)
    void readsIntakeWorkbooks(byte[] content) {
        ReaderContract.holds("intake.xlsx", () -> READER.read("intake.xlsx", content));
    }
}
