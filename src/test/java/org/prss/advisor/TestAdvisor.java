package org.prss.advisor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.KnowledgeException;

/** The packaged advisor, loaded once for all tests, and helpers to assess descriptions written inline. */
public final class TestAdvisor {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static Advisor advisor;

    private TestAdvisor() {}

    public static synchronized Advisor get() {
        if (advisor == null) {
            try {
                advisor = Advisor.packaged();
            } catch (KnowledgeException e) {
                throw new IllegalStateException(e.report(), e);
            }
        }
        return advisor;
    }

    public static Submission read(String yaml) throws InvalidInputException {
        return get().reader().read("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    public static Assessment assess(String yaml) throws InvalidInputException {
        return get().assess(read(yaml), AS_OF);
    }

    /**
     * A sample's overall score as the packaged knowledge gives it today, for tests that check another route (the
     * service, a batch, an intake workbook) gives the same: they follow the knowledge instead of pinning a figure.
     */
    public static double overallScore(String sample) {
        try {
            return get().assess(get().reader().read(java.nio.file.Path.of("samples", sample)), AS_OF)
                    .scores()
                    .overall();
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many items a domain of the packaged knowledge has, for tests that expect a finding for each. */
    public static int itemCount(String domain) {
        return get().knowledge().domain(domain).orElseThrow().items().size();
    }

    public static Finding finding(Assessment assessment, String id) {
        return assessment.findings().stream()
                .filter(f -> f.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id));
    }
}
