package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * Each rule of rules/role-frames.drl fires on a duty worded the way it reads, and not on a near wording it must not
 * read; the readings a duty got are the ids its verdict's {@code readAs} names.
 */
class FrameReadingRulesTest {

    private static DutyReview one(String duty) throws Exception {
        List<DutyReview> reviews = TestAdvisor.get()
                .reviewRole(TestAdvisor.read("role: {duties: ['" + duty.replace("'", "''") + "']}"), TestAdvisor.AS_OF)
                .duties();
        assertEquals(1, reviews.size());
        return reviews.get(0);
    }

    private static List<String> readings(DutyReview r) {
        return r.verdict().readAs().stream()
                .map(s -> s.substring(0, s.indexOf(':')))
                .toList();
    }

    @ParameterizedTest(name = "{0} reads ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            REPORTS_COMPLIANCE | Report curfew violations to the judge
            REPORTS_PROGRESS | Give the team feedback on how participants are doing
            LENDS_OR_SPENDS_OWN_MONEY | Loan participants money for bus fare
            ACTS_AS_SPONSOR | Act as a participant's AA sponsor
            HANDS_OVER_MEDICATION | Hand out medications to residents during med pass
            VERIFIES_WITH_THIRD_PARTY | Verify attendance at treatment with the provider
            CUSTODY_OR_SECURITY_TASK | Escort inmates between housing units and the program room
            CLERK_TASK | Answers the treatment court phone line, schedules court dates and maintains participant files
            TAKES_ANOTHER_ROLE | Serve as case manager for new participants
            PROVIDES_CLINICAL_CARE | Counsel participants on their substance use
            MANDATED_PEER_SERVICE | Deliver peer mentoring that participants must complete to graduate
            CHECKS_COMPLIANCE | Make sure defendants obey their no-contact orders
            REPORTS_A_PARTICIPANT | Mentors participants on the program rules and reports those who do not follow them
            EXPLAINS_TO_PARTICIPANT | Explain to participants how drug testing works
            CONNECTS_TO_CARE | Link people on MOUD to a prescriber
            TRAINS_STAFF | Train deputies on recovery and peer support
            PARTICIPANT_ACTS_WITH_SUPPORT | Help participants prepare for court appearances
            ENGAGES_PARTICIPANT | Meet with each new booking who screens positive on the TCU Drug Screen
            HANDS_OVER_MEDICATION | Hand out MOUD doses
            RUNS_TRANSPORT_SERVICE | Drive the agency van on its weekday route
            ACCOMPANIES_PARTICIPANT | Go with participants to court hearings when they ask
            ACCOMPANIES_TO_TESTING | Accompany participants to their breath tests when they ask
            SERVES_AS_LIAISON | Act as an advocate for participants at their reentry meetings
            ENGAGES_PARTICIPANT | Check in with participants by phone after release
            TAKES_OWN_TRAINING | Complete all required trainings
            ADVISES_ON_COURT_DECISION | Recommend to the judge whether a defendant should be released or held
            LEARNS_AGENCY_POLICY | Learn the agency's rules on transporting participants and spending personal money
            """)
    void eachReadingFiresOnTheWordingItReads(String reading, String duty) throws Exception {
        DutyReview r = one(duty);
        assertTrue(
                readings(r).contains(reading),
                reading + " in " + r.verdict().readAs() + ": " + r.verdict().reason());
    }

    @ParameterizedTest(name = "{0} does not read ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            REPORTS_COMPLIANCE | Help participants understand their curfew
            REPORTS_PROGRESS | Give participants feedback on their goals
            LENDS_OR_SPENDS_OWN_MONEY | Help participants apply for bus passes
            ACTS_AS_SPONSOR | Help participants find an AA sponsor
            HANDS_OVER_MEDICATION | Help participants understand their medications
            VERIFIES_WITH_THIRD_PARTY | Help participants keep their treatment appointments
            CUSTODY_OR_SECURITY_TASK | Accompany participants to appointments in the community
            CLERK_TASK | Schedule your own meetings with participants
            TAKES_ANOTHER_ROLE | Serve as a mentor for new participants
            PROVIDES_CLINICAL_CARE | Share your own recovery with participants
            MANDATED_PEER_SERVICE | Deliver peer mentoring to participants who ask for it
            CHECKS_COMPLIANCE | Make sure participants have a ride to court
            REPORTS_A_PARTICIPANT | Tell participants about the program rules
            EXPLAINS_TO_PARTICIPANT | Explain to the judge how participants are doing
            CONNECTS_TO_CARE | Hand out MOUD doses
            TRAINS_STAFF | Brief the team on participants' progress
            PARTICIPANT_ACTS_WITH_SUPPORT | Help officers search cells
            ENGAGES_PARTICIPANT | Meet with the program director monthly
            HANDS_OVER_MEDICATION | Hand out naloxone kits to people leaving the jail
            RUNS_TRANSPORT_SERVICE | Drive a participant to a recovery meeting and talk about the week on the way
            RUNS_TRANSPORT_SERVICE | Transport participants to appointments in an agency vehicle
            ACCOMPANIES_PARTICIPANT | Go with officers on welfare checks
            ACCOMPANIES_TO_TESTING | Accompany participants to their dentist appointments
            SERVES_AS_LIAISON | Serve as a liaison officer for the sheriff
            TAKES_OWN_TRAINING | Attend trainings with participants on their court conditions
            ADVISES_ON_COURT_DECISION | Advise participants on how to prepare for graduation
            LEARNS_AGENCY_POLICY | Follow the agency's policy on reporting drug use to the judge
            """)
    void noReadingFiresOnANearWordingItMustNotRead(String reading, String duty) throws Exception {
        DutyReview r = one(duty);
        assertTrue(
                !readings(r).contains(reading), reading + " in " + r.verdict().readAs());
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Talk with newcomers about your experience of being diagnosed and starting therapy | FITS_ROLE
            Learn the agency's rules on transporting participants and spending personal money on them | FITS_ROLE
            Sit with participants at their UA visit without observing the sample or seeing the result | FITS_ROLE
            Go with participants to their drug tests | CONDITIONAL
            Attend staffing, staying out of discussions on sanctions and terminations | FITS_ROLE
            Offer peer support, referring participants to a therapist when clinical help is needed | FITS_ROLE
            Check in with participants to make sure they are following their probation conditions | KEEP_OUT
            """)
    void aTopicANegatedActAndSomeoneElsesActAreNotThePeersAct(String duty, DutyFit fit) throws Exception {
        // The ruled-out words name what the peer talks about or learns ("starting therapy", "spending personal
        // money"), an act negated by "staying out of" or carried by "without ... or ...", or what the participant
        // does ("they are following"): only the last is the peer's check on a participant.
        DutyReview r = one(duty);
        assertEquals(fit, r.verdict().fit(), r.verdict().reason());
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Reports to the Program Director                     | NOT_A_DUTY | Not a duty:
            Report to the clinical director for supervision     | NOT_A_DUTY | Not a duty:
            Must have 2 years of continuous recovery            | NOT_A_DUTY | Not a duty:
            Other duties as assigned                            | NOT_A_DUTY | Not a duty:
            Bilingual in Spanish and Haitian Creole strongly preferred  | NOT_A_DUTY | Not a duty:
            Report contacts and referrals to your supervisor    | FITS_ROLE  | Fits the peer role
            Complete all required trainings                     | FITS_ROLE  | Fits the peer role
            Administer random urine screens                     | KEEP_OUT   | Keep out of the peer role
            """)
    void linesThatAreNotDutiesAreListedApartAndDutiesAreNot(String duty, DutyFit fit, String why) throws Exception {
        DutyReview r = one(duty);
        assertEquals(fit, r.verdict().fit(), r.verdict().reason());
        assertTrue(r.verdict().reason().contains(why), r.verdict().reason());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Serve as a go-between for probationers and their supervising officers                 | NEEDS_REVIEW
            Help defendants pick out clothes for court at a donation closet, letting them choose | FITS_ROLE
            Help participants prepare for court appearances                                       | FITS_ROLE
            """)
    void aFrameReadingFittingAgainstExamplesRulingOutGoesToAPerson(String duty, DutyFit fit) throws Exception {
        DutyReview r = one(duty);
        assertEquals(fit, r.verdict().fit(), r.verdict().reason());
        assertEquals(
                fit == DutyFit.NEEDS_REVIEW,
                r.verdict().reason().contains("the frame and the labelled examples read this duty differently"),
                r.verdict().reason());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            Sit with participants who are waiting for their drug test results | CONDITIONAL | resembles
            Administer random urine screens                                   | KEEP_OUT    | (urine
            """)
    void examplesReadAPartOnlyWhenEveryPhraseMatchWasALookalike(String duty, DutyFit fit, String shown)
            throws Exception {
        // The drug-test words name the participants' wait, not the peer's act: the phrase match is dropped and the
        // labelled examples read the line; where the phrase stands, the examples are not asked.
        DutyReview r = one(duty);
        assertEquals(fit, r.verdict().fit(), r.verdict().reason());
        assertTrue(r.verdict().reason().contains(shown), r.verdict().reason());
    }
}
