package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prss.advisor.engine.FindingCase.given;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Status;

/** The readiness items that the program's facts decide: each rule firing, and not firing. */
class ReadinessFactRulesTest {

    private static Finding decide(String id, String yaml) throws Exception {
        return TestAdvisor.finding(TestAdvisor.assess(yaml), id);
    }

    static List<FindingCase> rows() {
        return List.of(
                // RDY-SUP-01: a provider for each supervision function (administrative, educational, supportive)
                given(
                                "met when every function has a provider",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: AGENCY_STAFF, educational: PEER_SUPERVISOR,"
                                        + " supportive: EXTERNAL_PEER_ORGANIZATION}}",
                                Status.MET,
                                "RDY-SUP-01 every supervision function has a provider")
                        .says("educational PEER_SUPERVISOR")
                        .evidenceHas("facts.supervision.supportive"),
                given(
                                "partial when a function has no provider",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: AGENCY_STAFF, educational: NONE}}",
                                Status.PARTIAL)
                        .says("educational NONE, supportive not stated"),
                // The functions not stated may have providers: not partly met.
                given(
                                "open when the functions not stated may have providers",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: AGENCY_STAFF}}",
                                Status.UNKNOWN,
                                "RDY-SUP-01 functions with a provider, the others not stated")
                        .says("educational not stated, supportive not stated"),
                given(
                        "the agency's answer decides what the facts leave open",
                        "RDY-SUP-01",
                        "facts: {supervision: {administrative: AGENCY_STAFF}}\nanswers: {RDY-SUP-01: YES}",
                        Status.MET),
                given(
                        "gap when no function has a provider",
                        "RDY-SUP-01",
                        "facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}",
                        Status.GAP,
                        "RDY-SUP-01 no supervision function has a provider"),
                given(
                                "cannot be met when the stated functions have no provider and the rest are not stated",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: NONE, educational: NONE}}",
                                Status.UNKNOWN,
                                "RDY-SUP-01 functions without a provider, the others not stated")
                        .begins("Supervision providers: administrative NONE, educational NONE, supportive not"
                                + " stated. This cannot be met")
                        .says("if a function not stated has one, the structure is partly in place, and if none"
                                + " does, it is a gap."),
                given(
                        "left open by the facts, decided by the answer",
                        "RDY-SUP-01",
                        "facts: {supervision: {supportive: NONE}}\nanswers: {RDY-SUP-01: PARTIAL}",
                        Status.PARTIAL,
                        "Answer PARTIAL means the item is partly met"),
                given(
                        "falls back to the answer without facts",
                        "RDY-SUP-01",
                        "answers: {RDY-SUP-01: YES}",
                        Status.MET,
                        "Answer YES means the item is met"),
                given(
                                "facts outrank a contradicting answer, and the finding says so",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}\n"
                                        + "answers: {RDY-SUP-01: YES}",
                                Status.GAP)
                        .says("The checklist answered YES, but the program's facts decide this item.")
                        .evidenceHas("answers.RDY-SUP-01"),
                given(
                                "an agreeing answer adds no note",
                                "RDY-SUP-01",
                                "facts: {supervision: {administrative: NONE, educational: NONE, supportive: NONE}}\n"
                                        + "answers: {RDY-SUP-01: NO}",
                                Status.GAP)
                        .saysNot("The checklist answered"),
                // RDY-PEER-03: peers have other peers to turn to
                given(
                                "a lone peer with no stated network is a gap that names the network as the remedy",
                                "RDY-PEER-03",
                                "facts: {peerPositions: 1}",
                                Status.GAP,
                                "RDY-PEER-03 a lone peer with no stated peer network")
                        .begins("With 1 peer position(s), the peer has no peer colleague in the program")
                        .says("(facts.peerNetworkAccess). Regular contact with a peer network, at least MONTHLY,"
                                + " is what would reduce the risk")
                        .evidence("facts.peerPositions", "facts.peerNetworkAccess"),
                given(
                                "a network often enough meets the item with the positions not stated",
                                "RDY-PEER-03",
                                "facts: {peerNetworkAccess: WEEKLY}",
                                Status.MET,
                                "RDY-PEER-03 peers reach a peer network often enough, positions not stated")
                        .says("however many peer positions there are"),
                // RDY-LEAD-06: the bargaining unit, for peers the agency employs
                given(
                        "the bargaining unit applies to agency employees",
                        "RDY-LEAD-06",
                        "facts: {employmentModel: AGENCY_EMPLOYEE}\nanswers: {RDY-LEAD-06: NO}",
                        Status.GAP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachReadinessFactBehaviour(FindingCase row) throws Exception {
        row.check();
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
}
