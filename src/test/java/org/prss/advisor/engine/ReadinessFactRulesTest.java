package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Status;

/** The readiness items that the program's facts decide: each rule firing, and not firing. */
class ReadinessFactRulesTest {

    private static Finding decide(String id, String yaml) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess(yaml), id);
    }

    @Test
    void supervisionStructureMetWhenEveryFunctionHasAProvider() throws Exception {
        Finding f = decide("RDY-SUP-01", """
                facts:
                  supervision:
                    administrative: AGENCY_STAFF
                    educational: PEER_SUPERVISOR
                    supportive: EXTERNAL_PEER_ORGANIZATION
                """);
        assertEquals(Status.MET, f.status());
        assertEquals("RDY-SUP-01 every supervision function has a provider", f.decidedBy());
        assertTrue(f.rationale().contains("educational PEER_SUPERVISOR"), f.rationale());
        assertTrue(f.evidence().contains("facts.supervision.supportive"));
    }

    @Test
    void supervisionStructurePartialWhenAFunctionHasNoProvider() throws Exception {
        Finding f = decide("RDY-SUP-01", "facts: {supervision: {administrative: AGENCY_STAFF, educational: NONE}}");
        assertEquals(Status.PARTIAL, f.status());
        assertTrue(f.rationale().contains("educational NONE, supportive not stated"), f.rationale());
    }

    @Test
    void supervisionStructureOpenWhenTheFunctionsNotStatedMayHaveProviders() throws Exception {
        Finding f = decide("RDY-SUP-01", "facts: {supervision: {administrative: AGENCY_STAFF}}");
        assertEquals(Status.UNKNOWN, f.status(), "the functions not stated may have providers: not partly met");
        assertEquals("RDY-SUP-01 functions with a provider, the others not stated", f.decidedBy());
        assertTrue(f.rationale().contains("educational not stated, supportive not stated"), f.rationale());
        Finding answered = decide(
                "RDY-SUP-01", "facts: {supervision: {administrative: AGENCY_STAFF}}\nanswers: {RDY-SUP-01: YES}");
        assertEquals(Status.MET, answered.status(), "the agency's answer decides what the facts leave open");
    }

    @Test
    void supervisionStructureGapWhenNoFunctionHasAProvider() throws Exception {
        Finding f = decide(
                "RDY-SUP-01", "facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}");
        assertEquals(Status.GAP, f.status());
        assertEquals("RDY-SUP-01 no supervision function has a provider", f.decidedBy());
    }

    @Test
    void supervisionStructureCannotBeMetWhenStatedFunctionsHaveNoProviderAndTheRestAreNotStated() throws Exception {
        Finding f = decide("RDY-SUP-01", "facts: {supervision: {administrative: NONE, educational: NONE}}");
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals("RDY-SUP-01 functions without a provider, the others not stated", f.decidedBy());
        assertTrue(
                f.rationale()
                        .startsWith("Supervision providers: administrative NONE, educational NONE, supportive not"
                                + " stated. This cannot be met"),
                f.rationale());
        assertTrue(
                f.rationale()
                        .contains("if a function not stated has one, the structure is partly in place, and if none"
                                + " does, it is a gap."),
                f.rationale());
    }

    @Test
    void supervisionStructureLeftOpenByTheFactsIsDecidedByTheAnswer() throws Exception {
        Finding f = decide("RDY-SUP-01", "facts: {supervision: {supportive: NONE}}\nanswers: {RDY-SUP-01: PARTIAL}");
        assertEquals(Status.PARTIAL, f.status());
        assertEquals("Answer PARTIAL means the item is partly met", f.decidedBy());
    }

    @Test
    void supervisionStructureFallsBackToTheAnswerWithoutFacts() throws Exception {
        Finding f = decide("RDY-SUP-01", "answers: {RDY-SUP-01: YES}");
        assertEquals(Status.MET, f.status());
        assertEquals("Answer YES means the item is met", f.decidedBy());
    }

    @Test
    void factsOutrankAContradictingAnswerAndTheFindingSaysSo() throws Exception {
        Finding f = decide("RDY-SUP-01", """
                facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}
                answers: {RDY-SUP-01: YES}
                """);
        assertEquals(Status.GAP, f.status());
        assertTrue(
                f.rationale().contains("The checklist answered YES, but the program's facts decide this item."),
                f.rationale());
        assertTrue(f.evidence().contains("answers.RDY-SUP-01"));
    }

    @Test
    void anAgreeingAnswerAddsNoNote() throws Exception {
        Finding f = decide("RDY-SUP-01", """
                facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}
                answers: {RDY-SUP-01: NO}
                """);
        assertEquals(Status.GAP, f.status());
        assertTrue(!f.rationale().contains("The checklist answered"), f.rationale());
    }

    @ParameterizedTest
    @CsvSource({
        "true, MET, RDY-SUP-03 supervisor trained in peer support",
        "false, GAP, RDY-SUP-03 supervisor not trained in peer support"
    })
    void supervisorTrainingDecidedByTheFact(boolean trained, Status expected, String rule) throws Exception {
        Finding f = decide("RDY-SUP-03", "facts: {supervision: {supervisorTrainedInPeerSupport: " + trained + "}}");
        assertEquals(expected, f.status());
        assertEquals(rule, f.decidedBy());
    }

    @ParameterizedTest
    @CsvSource({
        "2, NONE, MET, RDY-PEER-03 peers have peer colleagues in the program",
        "1, MONTHLY, MET, RDY-PEER-03 a lone peer reaches a peer network often enough",
        "1, QUARTERLY, PARTIAL, RDY-PEER-03 a lone peer reaches a peer network too rarely",
        "1, NONE, GAP, RDY-PEER-03 a lone peer has no peer network",
        "0, WEEKLY, MET, RDY-PEER-03 a lone peer reaches a peer network often enough"
    })
    void accessToOtherPeersFromPositionsAndNetwork(int positions, String network, Status expected, String rule)
            throws Exception {
        Finding f =
                decide("RDY-PEER-03", "facts: {peerPositions: " + positions + ", peerNetworkAccess: " + network + "}");
        assertEquals(expected, f.status());
        assertEquals(rule, f.decidedBy());
    }

    @Test
    void aLonePeerWithNoStatedNetworkIsAGapThatNamesTheNetworkAsTheRemedy() throws Exception {
        Finding f = decide("RDY-PEER-03", "facts: {peerPositions: 1}");
        assertEquals(Status.GAP, f.status());
        assertEquals("RDY-PEER-03 a lone peer with no stated peer network", f.decidedBy());
        assertTrue(
                f.rationale().startsWith("With 1 peer position(s), the peer has no peer colleague in the program"),
                f.rationale());
        assertTrue(
                f.rationale()
                        .contains("(facts.peerNetworkAccess). Regular contact with a peer network, at least MONTHLY,"
                                + " is what would reduce the risk"),
                f.rationale());
        assertEquals(java.util.List.of("facts.peerPositions", "facts.peerNetworkAccess"), f.evidence());
    }

    @ParameterizedTest(name = "positions {0}, answer {1} -> {2}")
    @CsvSource(
            value = {
                "2, null, MET, RDY-PEER-03 peers have peer colleagues in the program",
                "1, YES, MET, Answer YES means the item is met",
                "1, PARTIAL, PARTIAL, Answer PARTIAL means the item is partly met",
                "null, null, UNKNOWN, No answer and no deciding fact leaves the item unknown"
            },
            nullValues = "null")
    void theLonePeerRuleLeavesColleaguesAndTheAgencysAnswerAlone(
            Integer positions, String answer, Status expected, String rule) throws Exception {
        Finding f = decide(
                "RDY-PEER-03",
                "facts: {" + (positions == null ? "" : "peerPositions: " + positions) + "}\n"
                        + (answer == null ? "" : "answers: {RDY-PEER-03: " + answer + "}\n"));
        assertEquals(expected, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy());
    }

    @Test
    void aNetworkOftenEnoughMeetsTheItemWithThePositionsNotStated() throws Exception {
        Finding f = decide("RDY-PEER-03", "facts: {peerNetworkAccess: WEEKLY}");
        assertEquals(Status.MET, f.status());
        assertEquals("RDY-PEER-03 peers reach a peer network often enough, positions not stated", f.decidedBy());
        assertTrue(f.rationale().contains("however many peer positions there are"), f.rationale());
    }

    @ParameterizedTest
    @CsvSource({"QUARTERLY, 'a lone peer would make it partly met.'", "NONE, 'a lone peer would make it a gap.'"})
    void aRareOrMissingNetworkWithThePositionsNotStatedSaysWhatThePositionsWouldChange(String network, String ending)
            throws Exception {
        Finding f = decide("RDY-PEER-03", "facts: {peerNetworkAccess: " + network + "}");
        assertEquals(Status.UNKNOWN, f.status());
        assertEquals("RDY-PEER-03 rare or no peer network, positions not stated", f.decidedBy());
        assertTrue(
                f.rationale()
                        .contains("(facts.peerPositions): with 2 or more, peers work alongside other peers and this is"
                                + " met; " + ending),
                f.rationale());
    }

    @ParameterizedTest
    @CsvSource({
        "WEEKLY, MET, RDY-PEER-05 peer community often enough",
        "MONTHLY, MET, RDY-PEER-05 peer community often enough",
        "BIWEEKLY, MET, RDY-PEER-05 peer community often enough",
        "QUARTERLY, PARTIAL, RDY-PEER-05 peer community too rarely",
        "LESS_OFTEN, PARTIAL, RDY-PEER-05 peer community too rarely",
        "NONE, GAP, RDY-PEER-05 no peer community"
    })
    void peerCommunityFrequencyAgainstTheMonthlyThreshold(String network, Status expected, String rule)
            throws Exception {
        Finding f = decide("RDY-PEER-05", "facts: {peerNetworkAccess: " + network + "}");
        assertEquals(expected, f.status());
        assertEquals(rule, f.decidedBy());
    }

    @ParameterizedTest
    @CsvSource({"PARTNER_ORGANIZATION", "CONTRACTOR", "VOLUNTEER", "INCARCERATED_PEER"})
    void bargainingUnitNotApplicableWhenTheAgencyDoesNotEmployThePeers(String model) throws Exception {
        Finding f = decide("RDY-LEAD-06", "facts: {employmentModel: " + model + "}");
        assertEquals(Status.NOT_APPLICABLE, f.status());
        assertTrue(f.rationale().contains(model), f.rationale());
    }

    @Test
    void bargainingUnitAppliesToAgencyEmployees() throws Exception {
        Finding f = decide("RDY-LEAD-06", "facts: {employmentModel: AGENCY_EMPLOYEE}\nanswers: {RDY-LEAD-06: NO}");
        assertEquals(Status.GAP, f.status());
    }
}
