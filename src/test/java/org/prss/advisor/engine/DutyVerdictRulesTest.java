package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.role.ActivityMatch;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.SignalMatch;

/** Every proposed duty gets one verdict from the role rules, with what it matched and why. */
class DutyVerdictRulesTest {

    private static List<DutyReview> review(String yaml) throws Exception {
        Assessment a = TestAdvisor.get().reviewRole(TestAdvisor.read(yaml), TestAdvisor.AS_OF);
        return a.duties();
    }

    private static DutyReview one(String duty) throws Exception {
        List<DutyReview> reviews = review("role: {duties: ['" + duty.replace("'", "''") + "']}");
        assertEquals(1, reviews.size());
        return reviews.get(0);
    }

    private static List<String> activities(DutyReview r) {
        return r.activities().stream().map(ActivityMatch::activityId).toList();
    }

    private static List<String> signals(DutyReview r) {
        return r.signals().stream().map(SignalMatch::signalId).distinct().toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            administer random urine screens | KEEP_OUT | Compliance monitoring (urine; via ROLE-ACT-ADMINISTER-DRUG
            report curfew violations to the judge | KEEP_OUT | Compliance monitoring (report, curfew, violations)
            drive participants to court dates            | CONDITIONAL  | A ride with no support purpose (drive)
            facilitate a weekly recovery group | FITS_ROLE | ROLE-ACT-LEAD-PEER-GROUP (facilitate, recovery, group)
            Recommend sanctions at staffing | KEEP_OUT | Sanction, incentive or termination decisions (sanctions)
            Make peer sessions mandatory for phase one   | KEEP_OUT     | Mandated peer services (mandatory)
            Provide individual counseling sessions | KEEP_OUT | Clinical work (individual, counseling, sessions;
            Act as a 12-step sponsor for participants    | KEEP_OUT     | Another staff member's job (sponsor)
            Answer the front desk phones | CONDITIONAL | Standing clerical work (answer, front, desk, phones
            Have coffee with a participant in the community | FITS_ROLE | ROLE-ACT-COFFEE-LUNCH (coffee): part of
            Visit participants at home | CONDITIONAL | ROLE-ACT-HOME-VISIT (visit, home): part of the role CONDITIONAL
            Share my recovery story with new participants | FITS_ROLE   | Uses lived experience (share, recovery, story)
            Have a drink with a participant at happy hour | KEEP_OUT | ROLE-ACT-DRINK-ALCOHOL (have, drink, with
            Restock the break room                       | NEEDS_REVIEW | Needs human review: no phrase rule matched
            """)
    void dutyGetsTheMostRestrictiveVerdictWithItsReason(String duty, DutyFit fit, String reason) throws Exception {
        DutyReview r = one(duty);
        assertEquals(fit, r.verdict().fit(), r.verdict().reason());
        assertTrue(r.verdict().reason().contains(reason), r.verdict().reason());
        assertEquals("role.duties[0]", r.duty().origin());
        if (fit != DutyFit.NEEDS_REVIEW) {
            assertTrue(!r.verdict().citations().isEmpty(), "a verdict cites its sources");
        }
    }

    @Test
    void urineScreensMatchTheDrugTestActivityByTheirOwnWords() throws Exception {
        DutyReview r = one("Administer random urine screens");
        assertEquals(List.of("ROLE-ACT-ADMINISTER-DRUG-TEST"), activities(r));
        assertEquals(
                List.of("administer", "random", "urine", "screens"),
                r.activities().get(0).words());
        assertEquals(List.of("COMPLIANCE_MONITORING", "SUBSTITUTE_ROLE"), signals(r));
        assertTrue(
                r.verdict().citations().stream()
                        .anyMatch(c -> c.source().equals("All Rise Guidelines 2023")
                                && c.locator().equals("line 253")),
                r.verdict().citations().toString());
    }

    @Test
    void sittingWithAParticipantAtTheirTestIsConditionalNotMonitoring() throws Exception {
        DutyReview r = one("Sit with participants at their drug tests when they ask");
        assertEquals(DutyFit.CONDITIONAL, r.verdict().fit());
        assertEquals(List.of("ROLE-ACT-ACCOMPANY-DRUG-TEST"), activities(r));
        assertEquals(List.of(), signals(r));
        assertTrue(
                r.verdict().reason().contains("the peer does not observe the sample"),
                r.verdict().reason());
    }

    @Test
    void drivingWithASupportPurposeIsNotARideOnly() throws Exception {
        DutyReview r = one("Drive participants to appointments and talk about their recovery on the way");
        assertEquals(List.of("LIVED_EXPERIENCE"), signals(r));
        assertEquals(DutyFit.CONDITIONAL, r.verdict().fit(), "still under the agency's transport policy");
        assertTrue(
                r.verdict().reason().contains("transport policy"), r.verdict().reason());
    }

    @Test
    void listedActivitiesComeFirstAndCarryTheirSignals() throws Exception {
        List<DutyReview> reviews = review("""
                role:
                  activities: [ROLE-ACT-ADMINISTER-DRUG-TEST, ROLE-ACT-STIGMA-TALK]
                  duties: [Restock the break room]
                """);
        assertEquals(
                List.of("role.activities[0]", "role.activities[1]", "role.duties[0]"),
                reviews.stream().map(r -> r.duty().origin()).toList());
        assertEquals("Administer a drug test", reviews.get(0).duty().text());
        assertEquals(List.of("listed by id"), reviews.get(0).activities().get(0).words());
        assertEquals(DutyFit.KEEP_OUT, reviews.get(0).verdict().fit());
        assertEquals(
                "ROLE-ACT-ADMINISTER-DRUG-TEST", reviews.get(0).signals().get(0).via());
        assertEquals(DutyFit.FITS_ROLE, reviews.get(1).verdict().fit());
        assertEquals(DutyFit.NEEDS_REVIEW, reviews.get(2).verdict().fit());
    }

    @Test
    void theSameRoleGivesTheSameReviewsEveryTime() throws Exception {
        String yaml = """
                role:
                  duties: [Administer random urine screens, Report curfew violations to the judge,
                           Drive participants to court dates, Facilitate a weekly recovery group,
                           Restock the break room]
                """;
        assertEquals(review(yaml), review(yaml));
    }

    @Test
    void aRoleReviewDecidesOnlyTheRoleItems() throws Exception {
        Assessment a = TestAdvisor.get()
                .reviewRole(TestAdvisor.read("role: {duties: [Facilitate a recovery group]}"), TestAdvisor.AS_OF);
        assertTrue(
                a.findings().stream().allMatch(f -> f.id().startsWith("ROLE-")),
                a.findings().toString());
        assertEquals(TestAdvisor.itemCount("ROLE"), a.findings().size(), "a finding for every ROLE item");
        assertEquals(
                List.of("ROLE"),
                a.scores().domains().stream().map(d -> d.domain()).toList());
    }
}
