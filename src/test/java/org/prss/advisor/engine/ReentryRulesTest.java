package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Status;

/**
 * Reentry continuity and access: the access points and the linkage arrangement decide two items between them, and
 * every reentry item is set aside outside jails and prisons whatever the facts say.
 */
class ReentryRulesTest {

    private static Finding decide(String id, String reentry) throws Exception {
        return TestAdvisor.finding(
                TestAdvisor.assess("program: {setting: JAIL}\nfacts: {reentry: {" + reentry + "}}"), id);
    }

    @ParameterizedTest(name = "access points {0} -> {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "[HOUSING_UNITS]; MET; REENTRY-ACCESS-POINTS a way to reach peers inside the facility",
                "[TECHNOLOGY, COMMUNITY_AFTER_RELEASE]; MET;"
                        + " REENTRY-ACCESS-POINTS a way to reach peers inside the facility",
                "[COMMUNITY_AFTER_RELEASE]; PARTIAL; REENTRY-ACCESS-POINTS peers reachable only after release",
                "[]; GAP; REENTRY-ACCESS-POINTS no way to reach peers"
            })
    void accessPointsInsideTheFacilityDecideAccess(String points, Status status, String rule) throws Exception {
        Finding f = decide("REENTRY-ACCESS-POINTS", "accessPoints: " + points);
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy());
        assertEquals(List.of("facts.reentry.accessPoints"), f.evidence());
    }

    // Linkage: a written arrangement meets it; without one (the guide asks for partnerships, not a document: declared
    // reading REENTRY-LINKAGE-IN-WRITING), the agency's answer decides first, peers who continue after release make it
    // partly in place, and otherwise it is open, saying what would settle it.
    @ParameterizedTest(name = "linkage {0}, access points {1} -> {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "true; ; MET; REENTRY-LINKAGE written linkage with community providers",
                "true; []; MET; REENTRY-LINKAGE written linkage with community providers",
                "false; [COMMUNITY_AFTER_RELEASE]; PARTIAL;"
                        + " REENTRY-LINKAGE not in writing, peers continue after release",
                "false; [DROP_IN_HOURS]; UNKNOWN; REENTRY-LINKAGE not in writing, partnerships not stated",
                "false; []; UNKNOWN; REENTRY-LINKAGE not in writing, partnerships not stated",
                "false; ; UNKNOWN; REENTRY-LINKAGE not in writing, partnerships not stated",
                "; [COMMUNITY_AFTER_RELEASE]; UNKNOWN; No answer and a deciding fact missing leaves the item unknown"
            })
    void theLinkageArrangementAndSupportAfterReleaseDecideLinkage(
            String linkage, String points, Status status, String rule) throws Exception {
        String facts = (linkage == null ? "" : "linkageAgreement: " + linkage)
                + (linkage != null && points != null ? ", " : "")
                + (points == null ? "" : "accessPoints: " + points);
        Finding f = decide("REENTRY-LINKAGE", facts);
        assertEquals(status, f.status(), f.rationale());
        assertEquals(rule, f.decidedBy());
        if (status == Status.UNKNOWN) {
            String missing = linkage == null ? "facts.reentry.linkageAgreement" : "answers.REENTRY-LINKAGE";
            assertTrue(f.rationale().contains(missing), "names the fact that would decide it: " + f.rationale());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Setting.class,
            names = {"JAIL", "PRISON"},
            mode = EnumSource.Mode.EXCLUDE)
    void reentryItemsDoNotApplyOutsideJailsAndPrisonsWhateverTheFacts(Setting setting) throws Exception {
        Assessment a = TestAdvisor.assess("program: {setting: " + setting + "}\nfacts: {reentry: {accessPoints: [],"
                + " linkageAgreement: false, recoveryCapitalAssessment: false}}");
        List<Finding> reentry =
                a.findings().stream().filter(f -> f.domain().equals("REENTRY")).toList();
        assertTrue(reentry.size() > 0);
        reentry.forEach(f -> assertEquals(Status.NOT_APPLICABLE, f.status(), f.id() + ": " + f.rationale()));
    }
}
