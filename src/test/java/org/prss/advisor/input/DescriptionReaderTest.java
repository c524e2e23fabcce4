package org.prss.advisor.input;

import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Setting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Descriptions are validated by the schema and the knowledge base; each problem names the field and the fix. */
class DescriptionReaderTest {

    private static List<InputProblem> problems(String content) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
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
        ProgramDescription d = TestAdvisor.read("answers: {RDY-LEAD-01: YES, RDY-LEAD-02: NO, RDY-LEAD-03: {answer: PARTIAL, note: n}}")
                .description();
        assertEquals(AnswerValue.YES, d.answers().get("RDY-LEAD-01").answer());
        assertEquals(AnswerValue.NO, d.answers().get("RDY-LEAD-02").answer());
        assertEquals("n", d.answers().get("RDY-LEAD-03").note());
    }

    @Test
    void jsonIsRecognisedFromTheContent() throws Exception {
        ProgramDescription d = TestAdvisor.read("{\"program\": {\"setting\": \"JAIL\"}}").description();
        assertEquals(Setting.JAIL, d.program().setting());
        assertNull(d.facts().peerPositions(), "a missing fact stays unknown");
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
        assertEquals("did you mean PARTIAL?", only("answers: {RDY-LEAD-01: PARTAIL}").hint());
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
        assertEquals(List.of("facts.peerPositions", "program.setting", "program.stage"),
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
}
