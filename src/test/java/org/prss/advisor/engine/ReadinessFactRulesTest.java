package org.prss.advisor.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readiness items that the program's facts decide: each rule firing, and not firing. */
class ReadinessFactRulesTest {

    private static Finding decide(String id, String yaml) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess(yaml), id);
    }

    @Test
    void supervisionStructureMetWhenEveryFunctionHasAProvider() throws Exception {
        Finding f = decide("RDY-SUP-01", """
                facts:
                  supervision: {administrative: AGENCY_STAFF, educational: PEER_SUPERVISOR, supportive: EXTERNAL_PEER_ORGANIZATION}
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
    void supervisionStructureGapWhenNoFunctionHasAProvider() throws Exception {
        Finding f = decide("RDY-SUP-01", "facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}");
        assertEquals(Status.GAP, f.status());
        assertEquals("RDY-SUP-01 no supervision function has a provider", f.decidedBy());
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
        assertTrue(f.rationale().contains("The checklist answered YES, but the program's facts decide this item."),
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
    @CsvSource({"true, MET, RDY-SUP-03 supervisor trained in peer support",
            "false, GAP, RDY-SUP-03 supervisor not trained in peer support"})
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
            "0, WEEKLY, MET, RDY-PEER-03 a lone peer reaches a peer network often enough"})
    void accessToOtherPeersFromPositionsAndNetwork(int positions, String network, Status expected, String rule)
            throws Exception {
        Finding f = decide("RDY-PEER-03", "facts: {peerPositions: " + positions + ", peerNetworkAccess: " + network + "}");
        assertEquals(expected, f.status());
        assertEquals(rule, f.decidedBy());
    }

    @Test
    void aLonePeerWithUnknownNetworkIsNotDecidedByFacts() throws Exception {
        Finding f = decide("RDY-PEER-03", "facts: {peerPositions: 1}");
        assertEquals(Status.UNKNOWN, f.status());
    }

    @ParameterizedTest
    @CsvSource({
            "WEEKLY, MET, RDY-PEER-05 peer community often enough",
            "MONTHLY, MET, RDY-PEER-05 peer community often enough",
            "BIWEEKLY, MET, RDY-PEER-05 peer community often enough",
            "QUARTERLY, PARTIAL, RDY-PEER-05 peer community too rarely",
            "LESS_OFTEN, PARTIAL, RDY-PEER-05 peer community too rarely",
            "NONE, GAP, RDY-PEER-05 no peer community"})
    void peerCommunityFrequencyAgainstTheMonthlyThreshold(String network, Status expected, String rule) throws Exception {
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
