package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeBase;

/**
 * Reading phrases, not bags of words: a modifier does not make a phrase, a negation undoes it, its words stand
 * together, a compound line is split into its duties, and a line that states a condition has it met.
 */
class DutyReadingTest {

    private static final KnowledgeBase KNOWLEDGE = TestAdvisor.get().knowledge();
    private static final DutyMatcher MATCHER = new DutyMatcher(KNOWLEDGE);

    private static List<String> signals(String text) {
        return MATCHER.signals(new DutyPart(0, 0, text)).stream()
                .map(SignalMatch::signalId)
                .toList();
    }

    private static List<String> parts(String text) {
        return MATCHER.read(new ProposedDuty(0, "line 1", text, null)).all().stream()
                .filter(DutyPart.class::isInstance)
                .map(p -> ((DutyPart) p).text())
                .toList();
    }

    private static List<ConditionMet> conditions(String text) {
        return MATCHER.read(new ProposedDuty(0, "line 1", text, null)).all().stream()
                .filter(ConditionMet.class::isInstance)
                .map(ConditionMet.class::cast)
                .toList();
    }

    @Test
    void aWordThatNamesAPersonIsNotTheDuty() {
        assertEquals(List.of("CLINICAL_TASK"), signals("Provide clinical services to participants"));
        assertEquals(List.of(), signals("Participate in weekly supervision with the clinical supervisor"));
        assertEquals(List.of(), signals("Document contacts in the case management system"));
        assertEquals(List.of("SUBSTITUTE_ROLE"), signals("Provide case management to participants"));
    }

    /** "probation" kept whole: cut like "probationer" it read as a participant (role-language.yaml keptWords). */
    @Test
    void aWordTheStemmerKeepsWholeIsNotReadAsAnother() {
        assertTrue(signals("Make peer contacts a condition of probation").contains("MANDATED_SERVICES"));
        assertFalse(signals("Talk with participants about the conditions they set in their own recovery plan")
                .contains("MANDATED_SERVICES"));
    }

    /** A referral to a clinician, or training the peer must take, is not the ruled-out duty its words name. */
    @Test
    void aReferralOrTheOwnTrainingIsNotTheDutyItNames() {
        assertTrue(signals("Provide individual counseling sessions to participants")
                .contains("CLINICAL_TASK"));
        assertFalse(signals("Refer participants to a counselor when they ask for professional help")
                .contains("CLINICAL_TASK"));
        assertTrue(signals("Run mandatory peer groups for all program participants")
                .contains("MANDATED_SERVICES"));
        assertFalse(signals("Complete mandatory annual ethics training").contains("MANDATED_SERVICES"));
    }

    @Test
    void aNamedRoleIsNotThatRolesJob() {
        assertEquals(List.of(), signals("Serve as a liaison between participants and probation officers"));
        assertEquals(List.of("SUBSTITUTE_ROLE"), signals("Act as a probation officer for participants"));
    }

    @Test
    void aNegationUndoesTheWordsAfterIt() {
        assertEquals(List.of("LIVED_EXPERIENCE"), signals("Co-facilitate non-clinical recovery groups"));
        assertTrue(
                signals("Keep participants company at the test without observing the sample")
                        .isEmpty(),
                signals("Keep participants company at the test without observing the sample")
                        .toString());
    }

    @Test
    void thePhrasesWordsStandTogether() {
        assertEquals(List.of("CLINICAL_TASK"), signals("Write treatment plans for participants"));
        assertEquals(
                List.of("LIVED_EXPERIENCE"),
                signals("Plan and lead mutual-support meetings for treatment court participants"));
    }

    @Test
    void theObjectAndPurposeOfAVisitCount() {
        assertEquals(List.of("COMPLIANCE_MONITORING"), signals("Visit participants at home to verify residence"));
        assertTrue(!signals("Visit participants at home to support them in early recovery")
                .contains("COMPLIANCE_MONITORING"));
    }

    @Test
    void aCompoundLineIsSplitIntoItsDuties() {
        assertEquals(
                List.of("File", "answer phones", "cover the front desk"),
                parts("File, answer phones and cover the front desk"));
        assertEquals(
                List.of("Run a weekly recovery group", "drive participants to court"),
                parts("Run a weekly recovery group; drive participants to court"));
    }

    @Test
    void aListOfObjectsOrAnOpeningClauseStaysOneDuty() {
        assertEquals(
                List.of("Help participants obtain ID, birth certificates and Social Security cards"),
                parts("Help participants obtain ID, birth certificates and Social Security cards"));
        assertEquals(
                List.of("With the participant's consent, update their family on how they are doing"),
                parts("With the participant's consent, update their family on how they are doing"));
        assertEquals(
                List.of("Drive participants to appointments and support them on the way"),
                parts("Drive participants to appointments and support them on the way"));
    }

    @Test
    void aConditionTheLineStatesIsFoundWithItsWords() {
        List<ConditionMet> met =
                conditions("Accompany participants to their drug test when they ask, without observing the sample");
        assertEquals(1, met.size());
        assertEquals(List.of("without", "observing"), met.get(0).words());
        assertTrue(
                conditions("Accompany participants to their drug test when they ask")
                        .isEmpty(),
                "a request alone is not the condition: the peer must also not observe, test or report");
    }
}
