package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.knowledge.KnowledgeCopy;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** validate, knowledge and rules check. */
class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsEverySample() throws Exception {
        try (var samples = Files.list(Path.of("samples"))) {
            for (Path sample : samples.filter(p -> !p.toString().endsWith(".md")).toList()) {
                CliRun run = CliRun.of("validate", sample.toString());
                assertEquals(0, run.exit(), sample + ": " + run.err());
                assertTrue(run.out().contains(": valid"), run.out());
            }
        }
    }

    @Test
    void validateRejectsAnUnknownFieldWithExitTwo() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"facts\": {\"peerPostions\": 2}}");
        CliRun run = CliRun.of("validate", plan.toString());
        assertEquals(2, run.exit());
        assertEquals(plan + ": facts.peerPostions: unknown field 'peerPostions' (did you mean 'peerPositions'?)",
                run.err().strip());
    }

    @Test
    void knowledgeListsEveryItemAsJson() throws Exception {
        CliRun run = CliRun.of("knowledge", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode items = new ObjectMapper().readTree(run.out());
        assertEquals(135, items.size());
        assertEquals("RDY-LEAD-01", items.get(0).get("id").asText());
        assertEquals("READINESS", items.get(0).get("domain").asText());
        assertTrue(items.get(0).get("citations").size() >= 1);
    }

    @Test
    void knowledgeAsText() {
        CliRun run = CliRun.of("knowledge");
        assertTrue(run.out().contains("RDY-HR-05"), run.out());
        assertTrue(run.out().strip().endsWith("135 items; rule set 0.2.0"), run.out());
    }

    @Test
    void rulesCheckPassesOnThePackagedRules() {
        CliRun run = CliRun.of("rules", "check");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("rules and checklists OK: 135 items, 54 role worksheet activities, 8 role signals, 21 thresholds"), run.out());
    }

    @Test
    void rulesCheckReportsABrokenRuleFileWithFileAndLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule("common.drl", "    $item : ChecklistItem()\n    $answer : AnswerFact(itemId == $item.id, value == AnswerValue.YES)",
                "    $item : ChecklistItem(\n    $answer : AnswerFact(itemId == $item.id, value == AnswerValue.YES)");
        CliRun run = CliRun.of("rules", "check", "--rules", copy.rules.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(drl + ":"), run.err());
        assertTrue(run.err().lines().allMatch(l -> l.matches(".+\\.drl:\\d+: .+")), run.err());
    }

    @Test
    void rulesCheckReportsAChecklistErrorWithFileAndLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path yaml = copy.editChecklist("readiness.yaml", "    severity: HIGH", "    severity: SEVERE");
        CliRun run = CliRun.of("rules", "check", "--checklists", copy.checklists.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(yaml + ":" + KnowledgeCopy.lineOf(yaml, "id: RDY-LEAD-01") + ": "), run.err());
        assertTrue(run.err().contains("SEVERE"), run.err());
    }
}
