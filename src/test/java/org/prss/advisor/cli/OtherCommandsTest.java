package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeCopy;
import picocli.CommandLine;

/** validate, knowledge and rules check. */
class OtherCommandsTest {

    @TempDir
    Path dir;

    @Test
    void validateAcceptsEverySample() throws Exception {
        try (var samples = Files.walk(Path.of("samples"))) {
            for (Path sample : samples.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".md"))
                    .toList()) {
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
        assertEquals(
                plan + ": facts.peerPostions: unknown field 'peerPostions' (did you mean 'peerPositions'?)",
                run.err().strip());
    }

    @Test
    void knowledgeListsTheWholeKnowledgeBaseAsJson() throws Exception {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        CliRun run = CliRun.of("knowledge", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode listing = new ObjectMapper().readTree(run.out());
        assertEquals(kb.ruleSet().version(), listing.at("/ruleSet/version").asText());
        assertEquals(kb.items().size(), listing.get("items").size());
        assertEquals("item", listing.at("/items/0/kind").asText());
        assertEquals("RDY-LEAD-01", listing.at("/items/0/id").asText());
        assertEquals("READINESS", listing.at("/items/0/domain").asText());
        assertTrue(listing.at("/items/0/citations").size() >= 1);
        assertEquals(54, listing.get("activities").size(), "every activity of LAPPA Appendix C");
        JsonNode activity = listing.at("/activities/0");
        assertEquals("activity", activity.get("kind").asText());
        for (String question : List.of("partOfRole", "conflictsWithValues", "anotherRoleBetter")) {
            assertTrue(activity.path(question).has("answer"), question + " answered: " + activity);
        }
        assertEquals(kb.roleLanguage().signals().size(), listing.get("signals").size());
        assertEquals("signal", listing.at("/signals/0/kind").asText());
        assertEquals(kb.thresholds().size(), listing.get("thresholds").size());
        JsonNode caseload = findById(listing.get("thresholds"), "CASELOAD-MAX-TREATMENT-COURT");
        assertEquals("threshold", caseload.get("kind").asText());
        assertEquals(
                kb.thresholds().stream()
                        .filter(t -> t.id().equals("CASELOAD-MAX-TREATMENT-COURT"))
                        .findFirst()
                        .orElseThrow()
                        .value(),
                caseload.get("value").asText());
        assertEquals(51, listing.get("states").size(), "the 51 rows of the Corrections PRSS Guide table");
        assertEquals(
                kb.evaluationGuide().outcomeDomains().size(),
                listing.get("outcomeDomains").size());
        assertEquals(
                "outcomeDomain",
                listing.get("outcomeDomains").get(0).get("kind").asText());
        assertEquals(
                kb.evaluationGuide().instruments().get(0).id(),
                listing.get("instruments").get(0).get("id").asText());
        assertEquals("state", listing.at("/states/0/kind").asText());
        assertEquals("AK", listing.at("/states/0/state").asText());
        assertFalse(listing.at("/states/0").has("file"), "where a row was read from is not part of the listing");
    }

    private static JsonNode findById(JsonNode list, String id) {
        for (JsonNode entry : list) {
            if (entry.path("id").asText().equals(id)) {
                return entry;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    @Test
    void knowledgeAsText() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        CliRun run = CliRun.of("knowledge");
        assertTrue(run.out().contains("RDY-HR-05"), run.out());
        assertTrue(run.out().contains("ROLE-ACT-STIGMA-TALK"), run.out());
        assertTrue(run.out().contains("CASELOAD-MAX-TREATMENT-COURT"), run.out());
        assertTrue(
                run.out()
                        .contains("Job description headings that list duties (a .docx or .pdf is reviewed under these "
                                + "only)\n"
                                + "  Duties, Duties and Responsibilities, Duties and Functions, "
                                + "Responsibilities, Essential Functions,"),
                run.out());
        assertTrue(
                run.out()
                        .strip()
                        .endsWith(kb.items().size() + " items, 54 activities, "
                                + kb.roleLanguage().signals().size() + " signals, "
                                + kb.thresholds().size() + " thresholds, 51 states, "
                                + kb.evaluationGuide().outcomeDomains().size() + " outcome domains, "
                                + kb.declaredReadings().size()
                                + " declared readings (* the advisor's default); rule set "
                                + kb.ruleSet().version()),
                run.out());
    }

    @Test
    void rulesCheckPassesOnThePackagedRules() {
        CliRun run = CliRun.of("rules", "check");
        assertEquals(0, run.exit(), run.err());
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        assertTrue(
                run.out()
                        .startsWith("rules and checklists OK: " + kb.items().size()
                                + " items, 54 role worksheet activities, "
                                + kb.roleLanguage().signals().size() + " role signals, "
                                + kb.dutyCorpus().lines().size()
                                + " labelled duty lines, "
                                + kb.dutyCorpus().nonDuties().size()
                                + " lines that are not duties, "
                                + kb.dutyFrames().readings().size()
                                + " duty frame readings, " + kb.thresholds().size() + " thresholds, rule set "
                                + kb.ruleSet().version()),
                run.out());
    }

    @Test
    void rulesCheckReportsABrokenRuleFileWithFileAndLine() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "common.drl",
                "    $item : ChecklistItem()\n    $answer : AnswerFact(itemId == $item.id, value == AnswerValue.YES)",
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

    /** Picocli prints a warning, not the help, when a description holds an unescaped '%'. */
    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        CommandLine cli = new CommandLine(new AdvisorCli());
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        try {
            System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String name : cli.getSubcommands().keySet()) {
                CliRun run = CliRun.of(name, "--help");
                assertEquals(0, run.exit(), name + ": " + run.err());
                assertFalse(run.out().isBlank(), name);
            }
        } finally {
            System.setErr(stderr);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    // Issue: friction a new user met.

    @Test
    void anUnknownCommandGetsTheNearestOneAndTheTopCommandsHelp() {
        CliRun misspelt = CliRun.of("asess", "samples/jail-planning.yaml");
        assertEquals(2, misspelt.exit());
        assertEquals(
                List.of("advisor: 'asess' is not a command (did you mean assess?)", "Run 'advisor --help' for usage."),
                misspelt.err().lines().toList());
        CliRun nested = CliRun.of("rules", "chek");
        assertEquals(2, nested.exit());
        assertEquals(
                List.of(
                        "advisor: 'chek' is not a command (did you mean check?)",
                        "Run 'advisor rules --help' for usage."),
                nested.err().lines().toList());
        CliRun unknown = CliRun.of("frobnicate");
        assertEquals(2, unknown.exit());
        assertEquals(
                "advisor: 'frobnicate' is not a command (commands: "
                        + String.join(
                                ", ",
                                new CommandLine(new AdvisorCli())
                                        .getSubcommands()
                                        .keySet())
                        + ")",
                unknown.err().lines().findFirst().orElseThrow());
        CliRun option = CliRun.of("--colour");
        assertEquals(
                List.of("advisor: Unknown option: '--colour'", "Run 'advisor --help' for usage."),
                option.err().lines().toList(),
                "an unknown option is not taken for a command");
    }

    @Test
    void aFolderWhereAFileBelongsAndAFileWhereAFolderBelongsSayWhichItIs() throws Exception {
        Path plan = Path.of("samples", "jail-planning.yaml");
        Map<List<String>, String> expected = new LinkedHashMap<>();
        expected.put(
                List.of("role", dir.toString()),
                dir + ": (file): is a folder, not a file (./advisor role reviews one file: a description, a list of"
                        + " duties or a job description)");
        expected.put(
                List.of("validate", dir.toString()),
                dir + ": (file): is a folder, not a file (validate checks one file; ./advisor batch " + dir
                        + " -o OUTDIR assesses every plan in a folder and lists those it cannot read)");
        expected.put(
                List.of(
                        "template",
                        "--from",
                        dir.toString(),
                        "-o",
                        dir.resolve("t.xlsx").toString()),
                dir + ": (file): is a folder, not a file (--from takes one description or intake workbook)");
        expected.put(
                List.of("compare", dir.toString(), dir.toString()),
                dir + ": (file): is a folder, not a file (compare takes two assessment files, each the JSON or the"
                        + " workbook ./advisor assess wrote)");
        expected.put(
                List.of("batch", plan.toString(), "-o", dir.resolve("out").toString()),
                plan + ": is a file, not a folder (to assess one file use ./advisor assess " + plan + ")");
        expected.put(
                List.of(
                        "batch",
                        dir.resolve("missing").toString(),
                        "-o",
                        dir.resolve("out").toString()),
                dir.resolve("missing") + ": no such folder");
        expected.put(
                List.of("rules", "check", "--rules", plan.toString()),
                plan + ": is a file, not a folder (--rules takes the folder of .drl rule files, such as rules/)");
        expected.put(
                List.of("rules", "check", "--checklists", plan.toString()),
                plan + ": is a file, not a folder (--checklists takes the folder of checklist files, such as"
                        + " checklists/)");
        expected.put(
                List.of("validate", dir.resolve("missing.yaml").toString()),
                dir.resolve("missing.yaml") + ": (file): no such file");
        for (Map.Entry<List<String>, String> e : expected.entrySet()) {
            CliRun run = CliRun.of(e.getKey().toArray(String[]::new));
            assertEquals(2, run.exit(), e.getKey() + ": " + run.out() + run.err());
            assertEquals(e.getValue(), run.err().strip(), e.getKey().toString());
        }
        assertFalse(Files.exists(dir.resolve("out")) || Files.exists(dir.resolve("t.xlsx")), "nothing written");
    }

    @Test
    void compareSaysNothingAppliesWhereADomainHasNoScore() throws Exception {
        Path json = dir.resolve("court.json");
        CliRun assess = CliRun.writing(
                "assess",
                "samples/treatment-court-operating.json",
                dir.resolve("court.xlsx").toString(),
                json.toString());
        assertEquals(0, assess.exit(), assess.err());
        CliRun run = CliRun.of(
                "compare",
                json.toString(),
                json.toString(),
                "-o",
                dir.resolve("progress.xlsx").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out()
                        .contains("\n  Incarcerated peer programs: none (nothing applies) -> none (nothing applies)\n"),
                run.out());
        assertTrue(
                assess.out().contains("\n  Incarcerated peer programs: score none (nothing applies), "),
                "worded as assess words it: " + assess.out());
        assertFalse(run.out().contains("null"), run.out());
    }
}
