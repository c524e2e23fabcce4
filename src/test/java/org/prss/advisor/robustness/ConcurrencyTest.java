package org.prss.advisor.robustness;

import org.junit.jupiter.api.Test;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Many threads assessing the samples at once give exactly what one thread gives. */
class ConcurrencyTest {

    @Test
    void manyThreadsGiveTheSameResultsAsOne() throws Exception {
        Advisor advisor = TestAdvisor.get();
        List<Submission> samples = new ArrayList<>();
        for (String s : List.of("jail-planning.yaml", "treatment-court-operating.json", "butler-county-jail.json",
                "role-troublesome-duties.yaml")) {
            samples.add(advisor.reader().read(Path.of("samples", s)));
        }
        List<String> expected = samples.stream().map(s -> AssessmentJson.toJson(advisor.assess(s, TestAdvisor.AS_OF))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Submission s = samples.get(i % samples.size());
                results.add(pool.submit(() -> AssessmentJson.toJson(advisor.assess(s, TestAdvisor.AS_OF))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % samples.size()), results.get(i).get(), "result " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
