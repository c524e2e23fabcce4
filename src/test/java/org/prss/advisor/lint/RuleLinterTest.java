package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.knowledge.KnowledgeCopy;

/**
 * {@code rules check} lints: each kind of finding, produced by a deliberately broken copy of rules/ and checklists/.
 */
class RuleLinterTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run check(KnowledgeCopy copy, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[4 + extra.length];
        args[0] = "rules";
        args[1] = "check";
        args[2] = "--rules=" + copy.rules;
        args[3] = "--checklists=" + copy.checklists;
        System.arraycopy(extra, 0, args, 4, extra.length);
        int exit = AdvisorCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void thePackagedRulesAreClean() {
        assertEquals(List.of(), TestAdvisor.get().lint());
    }

    @Test
    void aRuleNamingAnUnknownItem() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "roles.drl",
                "    insert(Outcome.of(\"ROLE-WRITTEN\", Status.MET,",
                "    insert(Outcome.of(\"ROLE-WRITEN\", Status.MET,");
        int line = KnowledgeCopy.lineOf(drl, "ROLE-WRITEN");
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(drl + ":" + line
                                + ": rule 'ROLE-WRITTEN both documents written' names item ROLE-WRITEN,"
                                + " which no checklist defines (did you mean ROLE-WRITTEN?)"),
                run.err());
    }

    @Test
    void aThresholdNoRuleReads() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path thresholds = copy.editChecklist("thresholds.yaml", "thresholds:\n", """
                thresholds:
                  - id: PEER-COUNT-PROMISED-BY-NO-RULE
                    type: whole number
                    value: "3"
                    unit: peer positions
                    description: A figure that says a rule uses it, though none does.
                    citations:
                      - {source: LAPPA Toolkit 2021, section: Chapter 2, locator: line 461}
                """);
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(thresholds + ":" + KnowledgeCopy.lineOf(thresholds, "PEER-COUNT-PROMISED-BY-NO-RULE")
                                + ": threshold PEER-COUNT-PROMISED-BY-NO-RULE is read by no rule"),
                run.err());
    }

    @Test
    void aRuleFileInAPackageNoDomainHas() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "roles.drl", "package org.prss.advisor.rules.role;", "package org.prss.advisor.rules.rol;");
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(drl + ":1: package org.prss.advisor.rules.rol is not org.prss.advisor.rules or a"
                                + " domain's org.prss.advisor.rules.<domain id in lower case> (did you mean "
                                + "org.prss.advisor.rules.role?)"),
                run.err());
    }

    @Test
    void anItemNoRuleDecides() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path common = copy.rules.resolve("common.drl");
        Files.writeString(
                common,
                Files.readString(common)
                        .replace("$item : ChecklistItem()", "$item : ChecklistItem(domain != \"QUICK\")"));
        Path quick = copy.checklists.resolve("quick-assessments.yaml");
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(quick + ":" + KnowledgeCopy.lineOf(quick, "id: QA-ORG-01")
                                + ": no rule decided item QA-ORG-01 for any of 150 generated programs"),
                run.err());
    }

    @Test
    void twoRulesGivingOneItemTwoStatusesAtTheSameSalience() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.rules.resolve("readiness.drl");
        Files.writeString(drl, Files.readString(drl) + """

                rule "RDY-SUP-03 trained, but only partly (a deliberate conflict)"
                    salience 100
                when
                    ProgramFacts(supervision.supervisorTrainedInPeerSupport == true)
                    not Outcome(itemId == "RDY-SUP-03")
                then
                    insert(Outcome.of("RDY-SUP-03", Status.PARTIAL, Basis.FACTS, "conflict", "facts.supervision"));
                end
                """);
        int line = KnowledgeCopy.lineOf(drl, "\"RDY-SUP-03\", Status.PARTIAL");
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(drl + ":" + line + ": rules 'RDY-SUP-03 supervisor trained in peer support' (MET, "
                                + drl + ":"),
                run.err());
        assertTrue(
                run.err()
                        .contains("and 'RDY-SUP-03 trained, but only partly (a deliberate conflict)' (PARTIAL) both "
                                + "hold for"
                                + " the same program and decide RDY-SUP-03 at salience 100"),
                run.err());
    }

    @Test
    void aThresholdWithoutCitationAndContradictoryWorksheetAnswers() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path thresholds = copy.editChecklist("thresholds.yaml", """
                    citations:
                      - source: LAPPA Toolkit 2021
                        section: Appendix B, Supporting the Peer Worker
                        locator: line 1026
                """, "");
        Path worksheet = copy.checklists.resolve("role-activities.yaml");
        String text = Files.readString(worksheet);
        String no = "    conflictsWithValues:\n      answer: \"NO\"";
        int start = text.indexOf("  - id: ROLE-ACT-STIGMA-TALK");
        int conflicts = text.indexOf(no, start);
        Files.writeString(
                worksheet,
                text.substring(0, conflicts) + "    conflictsWithValues:\n      answer: \"YES\""
                        + text.substring(conflicts + no.length()));
        Run run = check(copy);
        assertEquals(2, run.exit());
        assertTrue(
                run.err()
                        .contains(
                                thresholds + ":" + KnowledgeCopy.lineOf(thresholds, "id: PEER-COMMUNITY-MIN-FREQUENCY")
                                        + ": threshold 'PEER-COMMUNITY-MIN-FREQUENCY': missing citation"),
                run.err());
        assertTrue(
                run.err()
                        .contains(worksheet + ":" + KnowledgeCopy.lineOf(worksheet, "id: ROLE-ACT-STIGMA-TALK")
                                + ": activity ROLE-ACT-STIGMA-TALK: answers contradict each other"),
                run.err());
    }

    @Test
    void jsonForTools() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.editRule(
                "roles.drl",
                "    insert(Outcome.of(\"ROLE-WRITTEN\", Status.MET,",
                "    insert(Outcome.of(\"ROLE-WRITEN\", Status.MET,");
        Run run = check(copy, "--format", "json");
        assertEquals(2, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(false, json.get("ok").asBoolean());
        assertTrue(json.at("/problems/0/file").asText().endsWith("roles.drl"));
        assertTrue(json.at("/problems/0/line").asInt() > 0);
        Run clean = check(new KnowledgeCopy(dir.resolve("clean")), "--format", "json");
        assertEquals(0, clean.exit(), clean.out() + clean.err());
        assertEquals(true, new ObjectMapper().readTree(clean.out()).get("ok").asBoolean());
    }

    @Test
    void anEditedCopyOfTheRulesLintsClean() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        assertEquals(List.of(), Advisor.load(copy.rules, copy.checklists).lint());
    }
}
