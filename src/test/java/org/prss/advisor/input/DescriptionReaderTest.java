package org.prss.advisor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Setting;

/** Descriptions are validated by the schema and the knowledge base; each problem names the field and the fix. */
class DescriptionReaderTest {

    private static List<InputProblem> problems(String content) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> TestAdvisor.get().reader().read("plan", content.getBytes(StandardCharsets.UTF_8)));
        return e.problems();
    }

    private static InputProblem only(String content) {
        List<InputProblem> found = problems(content);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }

    @Test
    void yamlAnswersReadYesAndNoAsAnswersNotBooleans() throws Exception {
        ProgramDescription d = TestAdvisor.read(
                        "answers: {RDY-LEAD-01: YES, RDY-LEAD-02: NO, RDY-LEAD-03: {answer: PARTIAL, note: n}}")
                .description();
        assertEquals(AnswerValue.YES, d.answers().get("RDY-LEAD-01").answer());
        assertEquals(AnswerValue.NO, d.answers().get("RDY-LEAD-02").answer());
        assertEquals("n", d.answers().get("RDY-LEAD-03").note());
    }

    @Test
    void jsonIsRecognisedFromTheContent() throws Exception {
        ProgramDescription d =
                TestAdvisor.read("{\"program\": {\"setting\": \"JAIL\"}}").description();
        assertEquals(Setting.JAIL, d.program().setting());
        assertNull(d.facts().peerPositions(), "a missing fact stays unknown");
    }

    @Test
    void anObjectWhereAListBelongsIsRefusedNamingTheField() {
        // Found by fuzzing: the ids in such lists were read by index, and an object in a list's place threw.
        List<InputProblem> found =
                problems("waivers: {findingId: RDY-HR-01}\nrole: {activities: {a: b}}\nfacts: {evaluation: {measures:"
                        + " {a: b}}}");
        assertEquals(
                List.of("facts.evaluation.measures", "role.activities", "waivers"),
                found.stream().map(InputProblem::path).sorted().toList(),
                found.toString());
    }

    @Test
    void aFieldNameWithALineBreakIsReportedOnOneLine() {
        // Found by fuzzing: a quoted key that spans lines broke the one-problem-a-line report.
        InputProblem p = only("facts: {\"peer\\nPositions\": 3}");
        assertEquals("facts.peer\\nPositions: unknown field 'peer\\nPositions'", p.path() + ": " + p.problem());
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        InputProblem p = only("{\"program\": {\"name\": \"x\",}}");
        assertEquals("line 1, column 26", p.path());
        assertTrue(p.problem().startsWith("invalid JSON: "), p.problem());
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("the file is empty", only("  \n").problem());
    }

    @Test
    void unknownFieldSuggestsTheNearestOne() {
        InputProblem p = only("facts: {caseloadPerPer: 20}");
        assertEquals("facts.caseloadPerPer", p.path());
        assertEquals("unknown field 'caseloadPerPer'", p.problem());
        assertEquals("did you mean 'caseloadPerPeer'?", p.hint());
    }

    @Test
    void unknownTopLevelField() {
        InputProblem p = only("programme: {name: x}");
        assertEquals("programme", p.path());
        assertEquals("did you mean 'program'?", p.hint());
    }

    @Test
    void wrongTypeNamesExpectedAndFound() {
        InputProblem p = only("facts: {peerPositions: three}");
        assertEquals("facts.peerPositions", p.path());
        assertEquals("expected integer, found string \"three\"", p.problem());
    }

    @Test
    void misspeltEnumSuggestsTheNearestValue() {
        InputProblem p = only("program: {setting: TREATMENT_CORT}");
        assertEquals("program.setting", p.path());
        assertEquals("'TREATMENT_CORT' is not a valid value", p.problem());
        assertEquals("did you mean TREATMENT_COURT?", p.hint());
    }

    @Test
    void misspeltAnswerValueInEitherForm() {
        assertEquals(
                "did you mean PARTIAL?", only("answers: {RDY-LEAD-01: PARTAIL}").hint());
        InputProblem p = only("answers: {RDY-LEAD-01: {answer: YSE}}");
        assertEquals("answers.RDY-LEAD-01.answer", p.path());
        assertEquals("did you mean YES?", p.hint());
    }

    @Test
    void valueOutOfRange() {
        InputProblem p = only("facts: {hoursPerWeek: 90}");
        assertEquals("facts.hoursPerWeek", p.path());
        assertTrue(p.problem().contains("80"), p.problem());
    }

    @Test
    void unknownItemIdSuggestsTheNearest() {
        InputProblem p = only("answers: {RDY-LEAD-1: YES}");
        assertEquals("answers.RDY-LEAD-1", p.path());
        assertEquals("did you mean RDY-LEAD-01?", p.hint());
    }

    @Test
    void waiverMustNameAKnownFindingAndCarryADate() {
        List<InputProblem> found = problems("""
                waivers:
                  - {findingId: RDY-HR-5, justification: j, approvedBy: a, expires: 2027-01-01}
                  - {findingId: RDY-HR-05, justification: j, approvedBy: a, expires: soon}
                """);
        assertEquals("waivers[1].expires", found.get(0).path(), found.toString());
    }

    @Test
    void waiverWithAnUnknownFindingId() {
        InputProblem p = only("waivers: [{findingId: RDY-HR-5, justification: j, approvedBy: a, expires: 2027-01-01}]");
        assertEquals("waivers[0].findingId", p.path());
        assertEquals("did you mean RDY-HR-05?", p.hint());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<InputProblem> found = problems("program: {setting: JALE, stage: PLANING}\nfacts: {peerPositions: -1}");
        assertEquals(
                List.of("facts.peerPositions", "program.setting", "program.stage"),
                found.stream().map(InputProblem::path).toList());
    }

    @Test
    void aListAtTheTopIsNotADescription() {
        assertTrue(only("[1, 2]").problem().startsWith("expected an object"));
    }

    @Test
    void duplicateKeysAreRefused() {
        assertTrue(only("program: {name: a}\nprogram: {name: b}").problem().contains("Duplicate"));
    }

    // A file is taken for what its extension and content say, and a file that is something else is named as such.

    private static String fileProblem(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> TestAdvisor.get().reader().read(file));
        return e.problems().get(0).toString();
    }

    @Test
    void aFileIsRefusedForWhatItsExtensionAndContentSayItIs(@TempDir Path dir) throws Exception {
        assertEquals(
                "(file): is named .xlsx but is not an Excel workbook: its content is text (open it in Excel and save it"
                        + " again as an Excel workbook (.xlsx))",
                fileProblem(dir.resolve("a.xlsx"), "program: {}".getBytes()));
        assertEquals(
                "(file): is named .json but is not JSON text: its content is binary data (save the description as UTF-8"
                        + " text)",
                fileProblem(dir.resolve("b.json"), new byte[] {(byte) 0xC3, 0x28, 0x41}));
        assertEquals(
                "(file): is a .txt file, taken for a list of duties, which only ./advisor role and ./advisor "
                        + "validate read"
                        + " (give a program description here as .json, .yaml, .yml or .xlsx)",
                fileProblem(dir.resolve("duties.txt"), "Facilitate a group\n".getBytes()));
        Path pdf = dir.resolve("job.pdf");
        assertEquals(
                "(file): is a job description, not a program description (review its duties with: ./advisor role " + pdf
                        + ")",
                fileProblem(pdf, "%PDF-1.7 ...".getBytes()));
        assertTrue(
                fileProblem(dir.resolve("plan"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x41})
                        .startsWith("(file): is not a JSON or YAML text file: its content is binary data ("),
                "no extension: by content");
    }

    @Test
    void aJsonFileReadAsYamlSaysWhy() {
        List<InputProblem> found = assertThrows(
                        InvalidInputException.class,
                        () -> TestAdvisor.get()
                                .reader()
                                .read(
                                        "plan.json",
                                        "# note\n{\"program\": {\"name\": \"x\"".getBytes(StandardCharsets.UTF_8)))
                .problems();
        assertTrue(
                found.get(0)
                        .problem()
                        .startsWith("invalid YAML (the file is named .json, but its content does not begin"
                                + " with { or [, so it was read as YAML): "),
                found.toString());
    }

    @Test
    void idsAreCheckedInTheSamePassAsTheSchema() {
        List<InputProblem> found = problems("""
                facts: {peerPositions: three}
                answers: {RDY-LEAD-1: YES}
                """);
        assertEquals(
                List.of("facts.peerPositions", "answers.RDY-LEAD-1"),
                found.stream().map(InputProblem::path).toList());
    }

    @Test
    void aDescriptionListsDutiesOnlyWhenItsRoleHasDutyLines(@TempDir Path dir) throws Exception {
        assertTrue(DescriptionReader.listsDuties(Path.of("samples/jail-planning.yaml")));
        assertTrue(DescriptionReader.listsDuties(Path.of("samples/treatment-court-operating.json")));
        Path activitiesOnly =
                Files.writeString(dir.resolve("activities.yaml"), "role: {activities: [ROLE-ACT-JAIL-VISIT]}\n");
        assertFalse(DescriptionReader.listsDuties(activitiesOnly), "worksheet activities are not duty lines");
        Path emptyDuties = Files.writeString(dir.resolve("empty.json"), "{\"role\": {\"duties\": []}}");
        assertFalse(DescriptionReader.listsDuties(emptyDuties));
        Path noRole = Files.writeString(dir.resolve("plan.yaml"), "program: {setting: JAIL}\nduties: [x]\n");
        assertFalse(DescriptionReader.listsDuties(noRole), "only role.duties is read as duties in a description");
    }

    @Test
    void aFileThatCannotBeToldAboutListsNoDutiesAndIsLeftToTheReader(@TempDir Path dir) throws Exception {
        assertFalse(DescriptionReader.listsDuties(dir.resolve("missing.yaml")));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"role\": {\"duties\": [\"x\",}}");
        assertFalse(DescriptionReader.listsDuties(broken));
        Path workbook = Files.write(dir.resolve("intake.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertFalse(DescriptionReader.listsDuties(workbook));
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> TestAdvisor.get().reader().read(broken));
        assertTrue(
                e.problems().get(0).problem().startsWith("invalid JSON: "),
                e.problems().toString());
    }

    // Issue: friction a new user met.

    private static InputProblem refused(DescriptionReader reader, String name, byte[] content) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.read(name, content));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(name, e.sourceName());
        return e.problems().get(0);
    }

    @Test
    void aJobDescriptionIsRefusedByItsNameOrItsContentSayingWhereItIsReviewed() throws Exception {
        DescriptionReader reader = TestAdvisor.get().reader();
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "Duties")
                .bullet("Lead groups")
                .bytes();
        byte[] pdf = JobDescriptionFiles.pdf()
                .heading("Duties")
                .bullet("Lead groups")
                .bytes();
        String problem = "is a job description, not a program description";
        assertEquals(
                new InputProblem("(file)", problem, "review its duties with: ./advisor role posting.docx"),
                refused(reader, "posting.docx", docx));
        assertEquals(
                new InputProblem("(file)", problem, "review its duties with: ./advisor role upload"),
                refused(reader, "upload", docx),
                "a Word document is a zip package as a workbook is; its content, not POI's styles, decides");
        assertEquals(
                new InputProblem("(file)", problem, "review its duties with: ./advisor role request body"),
                refused(reader, "request body", pdf));
        DescriptionReader service = reader.withJobDescriptionHint(name -> "POST " + name + " to /api/roles/check");
        assertEquals(
                new InputProblem("(file)", problem, "POST posting.pdf to /api/roles/check"),
                refused(service, "posting.pdf", pdf));
        assertEquals(
                "JAIL",
                service.read("plan.yaml", "program: {setting: JAIL}".getBytes(StandardCharsets.UTF_8))
                        .received()
                        .at("/program/setting")
                        .asText(),
                "a description still reads");
    }

    @Test
    void choicesAndStateCodesInAnotherCaseAreReadAsTheValuesTheyNameWithANotice() throws Exception {
        Submission read = TestAdvisor.get().reader().read("plan.yaml", """
                        program: {name: jail, state: pa, setting: treatment_court, stage: OPERATING}
                        facts:
                          supervision: {frequency: Weekly}
                          reentry: {accessPoints: [housing_units, DROP_IN_HOURS]}
                          evaluation:
                            measures: [{outcomeDomain: RECOVERY_CAPITAL, measure: jail, status: planned}]
                        answers: {RDY-LEAD-01: yes, RDY-LEAD-02: {answer: partial, note: none}}
                        """.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of(
                        "plan.yaml: program.state: read 'pa' as PA",
                        "plan.yaml: program.setting: read 'treatment_court' as TREATMENT_COURT",
                        "plan.yaml: facts.supervision.frequency: read 'Weekly' as WEEKLY",
                        "plan.yaml: facts.reentry.accessPoints[0]: read 'housing_units' as HOUSING_UNITS",
                        "plan.yaml: facts.evaluation.measures[0].status: read 'planned' as PLANNED",
                        "plan.yaml: answers.RDY-LEAD-01: read 'yes' as YES",
                        "plan.yaml: answers.RDY-LEAD-02.answer: read 'partial' as PARTIAL"),
                read.noticeLines());
        assertEquals("PA", read.description().program().state());
        assertEquals(Setting.TREATMENT_COURT, read.description().program().setting());
        assertEquals(
                AnswerValue.PARTIAL,
                read.description().answers().get("RDY-LEAD-02").answer());
        assertEquals("PA", read.received().at("/program/state").asText(), "the Input sheet shows what was read");
        assertEquals(
                "HOUSING_UNITS",
                read.received().at("/facts/reentry/accessPoints/0").asText());
        assertEquals("jail", read.received().at("/program/name").asText(), "free text is kept as written");
        assertEquals(
                "jail",
                read.received().at("/facts/evaluation/measures/0/measure").asText());
        assertEquals("none", read.received().at("/answers/RDY-LEAD-02/note").asText());
    }

    @Test
    void aValueThatNamesNothingIsStillRefusedWithTheNearestOne() {
        assertEquals(
                List.of(
                        "program.setting: 'jial' is not a valid value (did you mean JAIL?)",
                        "program.stage: 'treatment court' is not a valid value (valid values: PLANNING, LAUNCHING,"
                                + " OPERATING)",
                        "program.state: 'ohio' has the wrong form (use the two-letter code in capitals, such as OH or"
                                + " TX)"),
                problems("program: {setting: jial, state: ohio, stage: treatment court}").stream()
                        .map(InputProblem::toString)
                        .toList());
    }
}
