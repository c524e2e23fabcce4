package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeBase;

/** Reading duties the way the language file says: stems, synonyms, exclusions, and the words that matched. */
class DutyMatcherTest {

    private static final KnowledgeBase KNOWLEDGE = TestAdvisor.get().knowledge();
    private static final WordNormaliser WORDS = new WordNormaliser(KNOWLEDGE.roleLanguage());
    private static final DutyMatcher MATCHER = new DutyMatcher(KNOWLEDGE);

    private static DutyPart duty(String text) {
        return new DutyPart(0, 0, text);
    }

    @ParameterizedTest(name = "{1} reads as {0} ({2})")
    @CsvSource({
        "drive, driving, an inflection shares its stem",
        "drive, drives, an inflection shares its stem",
        "violation, violations, an inflection shares its stem",
        "mandatory, mandated, an inflection shares its stem",
        "drive, transport, a synonym reads as the first word of its group",
        "drive, transportation, a synonym reads as the first word of its group",
        "test, screens, a synonym reads as the first word of its group",
        "urine, UA, a synonym reads as the first word of its group",
        "participant, clients, a synonym reads as the first word of its group"
    })
    void wordsOfOneMeaningReadAsOne(String word, String other, String why) {
        assertEquals(WORDS.read(word), WORDS.read(other), why);
    }

    @Test
    void aKeptEndingIsNotCut() {
        assertEquals("status", WORDS.read("status"));
    }

    @Test
    void stopWordsAreDroppedAndWordsKeepTheirWriting() {
        List<Word> words = WORDS.words("Drive the participants to THEIR court dates");
        assertEquals(
                List.of("drive", "participants", "court", "dates"),
                words.stream().map(Word::written).toList());
    }

    @Test
    void aMatchReportsTheDutysOwnWordsInItsOrder() {
        List<SignalMatch> signals = MATCHER.signals(duty("Report curfew violations to the judge"));
        assertEquals(1, signals.size());
        assertEquals("COMPLIANCE_MONITORING", signals.get(0).signalId());
        assertEquals(List.of("report", "curfew", "violations"), signals.get(0).words());
        assertEquals(null, signals.get(0).via());
    }

    @Test
    void anExcludedWordStopsAPhrase() {
        assertEquals(
                List.of("RIDE_ONLY"),
                MATCHER.signals(duty("Drive participants to court dates")).stream()
                        .map(SignalMatch::signalId)
                        .toList());
        assertTrue(MATCHER.signals(duty("Drive participants to court and support them on the way")).stream()
                .noneMatch(s -> s.signalId().equals("RIDE_ONLY")));
        assertTrue(MATCHER.signals(duty("Follow mandated reporting rules")).isEmpty());
    }

    @Test
    void keywordsMatchWorksheetActivitiesInWorksheetOrder() {
        List<ActivityMatch> matches = MATCHER.activities(duty("Drive participants to court dates"));
        assertEquals(
                List.of("ROLE-ACT-DRIVE-PARTICIPANTS", "ROLE-ACT-ATTEND-COURT"),
                matches.stream().map(ActivityMatch::activityId).toList());
        assertEquals(List.of("court", "dates"), matches.get(1).words());
    }

    @Test
    void aListedActivityMatchesOnlyItselfAndShowsNoWords() {
        ProposedDuty listed =
                new ProposedDuty(0, "role.activities[0]", "Administer a drug test", "ROLE-ACT-ADMINISTER-DRUG-TEST");
        List<Object> facts = MATCHER.read(listed).all();
        assertEquals(2, facts.size(), facts.toString());
        assertEquals(new DutyPart(0, 0, "Administer a drug test"), facts.get(0));
        ActivityMatch match = (ActivityMatch) facts.get(1);
        assertEquals("ROLE-ACT-ADMINISTER-DRUG-TEST", match.activityId());
        assertEquals(List.of("listed by id"), match.words());
    }

    @Test
    void aDutyWithNothingKnownMatchesNothing() {
        assertTrue(MATCHER.activities(duty("Restock the break room")).isEmpty());
        assertTrue(MATCHER.signals(duty("Restock the break room")).isEmpty());
    }

    @Test
    void aLineReadAgainAtAnotherPlaceReadsTheSameStatedAtItsOwnPlace() {
        String line = "Drive participants to court dates and report curfew violations to the judge";
        List<Object> first =
                MATCHER.read(new ProposedDuty(0, "role.duties[0]", line, null)).all();
        List<Object> again =
                MATCHER.read(new ProposedDuty(7, "role.duties[7]", line, null)).all();
        assertEquals(first.size(), again.size());
        assertTrue(first.size() > 2, "two parts, each with what it matched: " + first);
        for (int i = 0; i < first.size(); i++) {
            Object a = first.get(i);
            Object b = again.get(i);
            assertEquals(a.getClass(), b.getClass());
            if (a instanceof PartFact fact) {
                DutyPart at = partOf(b);
                assertEquals(7, at.duty());
                assertEquals(fact.at(7, at.part()), b, "the same reading, at duty 7");
            }
        }
    }

    private static DutyPart partOf(Object fact) {
        PartFact f = (PartFact) fact;
        return new DutyPart(f.duty(), f.part(), "");
    }
}
