package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeCopy;

/**
 * A rationale cites through the knowledge: a locator corrected in checklists/ is corrected in the findings that cite
 * it, with the packaged rules unchanged.
 */
class CitedLocatorsTest {

    @TempDir
    Path dir;

    /** A citation as the shipped knowledge gives it, the same corrected in a copy, and a finding that cites it. */
    record Correction(String file, String cited, String corrected, String program, String item) {

        @Override
        public String toString() {
            return file + ": " + cited + " -> " + corrected;
        }
    }

    static Stream<Correction> corrections() {
        return Stream.of(
                new Correction(
                        "thresholds.yaml",
                        "Implementation Principle 5\n        locator: line 260",
                        "Implementation Principle 5\n        locator: line 262",
                        "program: {setting: TREATMENT_COURT}\nfacts: {caseloadPerPeer: 21}",
                        "STAFF-CASELOAD"),
                new Correction(
                        "readings.yaml",
                        "(instructions)\n        locator: lines 1035-1037",
                        "(instructions)\n        locator: lines 1035-1039",
                        "program: {setting: JAIL}\nrole: {activities: [ROLE-ACT-REPORT-RELAPSE]}",
                        "ROLE-COMPLIANCE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corrections")
    void theRationaleCitesTheCorrectedLocator(Correction c) throws Exception {
        String shipped = rationale(TestAdvisor.get(), c);
        assertTrue(shipped.contains(printed(c.cited())), shipped);
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editChecklist(c.file(), c.cited(), c.corrected());
        String corrected = rationale(Advisor.load(null, copy.checklists), c);
        assertTrue(corrected.contains(printed(c.corrected())), corrected);
        assertTrue(!corrected.contains(printed(c.cited())), corrected);
    }

    /** How a rationale prints the end of a citation: "Implementation Principle 5, line 260". */
    private static String printed(String yaml) {
        return yaml.replace("\n        locator: ", ", ");
    }

    private static String rationale(Advisor advisor, Correction c) throws Exception {
        var submission = advisor.reader().read("plan.yaml", c.program().getBytes(StandardCharsets.UTF_8));
        return advisor.assess(submission, TestAdvisor.AS_OF).findings().stream()
                .filter(f -> f.id().equals(c.item()))
                .findFirst()
                .orElseThrow()
                .rationale();
    }
}
