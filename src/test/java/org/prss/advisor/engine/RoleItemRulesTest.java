package org.prss.advisor.engine;

import static org.prss.advisor.engine.FindingCase.duties;
import static org.prss.advisor.engine.FindingCase.given;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * The ROLE items, decided by the program's facts and its proposed duties: each rule firing, and not firing. Each
 * item's behaviours are the rows of one parameterized test, each row named for its behaviour.
 */
class RoleItemRulesTest {

    /**
     * A line no worksheet activity or signal matches, so its verdict is NEEDS_REVIEW; its nearest labelled lines (the
     * food bank, a recreation group) bear on no ROLE item, so it holds none of them open.
     */
    private static final String UNMATCHED = "Water the lobby plants on Fridays";

    /** Unmatched lines whose nearest labelled lines bear on one item each (issue 32), named by what they come near. */
    private static final String NEAR_SUBSTITUTE = "Restock the break room";

    private static final String NEAR_SANCTIONS = "Have a voice when the team decides next steps for a participant";
    private static final String NEAR_MANDATED = "Make sure participants come to their peer sessions";
    private static final String NEAR_CLINICAL = "Work with participants on their release plans";
    private static final String NEAR_LIVED_EXPERIENCE = "Be living proof that people get better";
    private static final String NEAR_A_RIDE = "Get participants to their appointments";
    private static final String NEAR_REPORTING = "Give the coordinator a weekly picture of each participant";

    private static final String NO_DECIDING_FACT = "No answer and no deciding fact leaves the item unknown";
    private static final String RECOVERY_GROUP = "Facilitate a weekly recovery group";
    private static final String CASE_MANAGER = "Serve as case manager for new participants";
    private static final String FRONT_DESK = "Cover the front desk and answer phones during lunch";
    private static final String COURT_RIDES = "Drive participants to court dates";

    /** Treatment courts' staffing meetings: peers attending and abstaining from sanctions, or one of the two stated. */
    private static final String COURT_ATTENDING_AND_ABSTAINING = "program: {setting: TREATMENT_COURT}\nfacts:"
            + " {peersAttendStaffing: true, peersInSanctionDecisions: false}\n";

    private static final String COURT_ABSTAINING =
            "program: {setting: TREATMENT_COURT}\nfacts: {peersInSanctionDecisions: false}\n";
    private static final String COURT_ATTENDING =
            "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true}\n";

    static List<FindingCase> rows() {
        return List.of(
                // ROLE-WRITTEN
                given(
                                "met when the role and job descriptions exist",
                                "ROLE-WRITTEN",
                                "facts: {writtenRoleDescription: true, settingSpecificJobDescription: true}",
                                Status.MET,
                                "ROLE-WRITTEN both documents written")
                        .evidence("facts.writtenRoleDescription", "facts.settingSpecificJobDescription")
                        .citesFirst("All Rise Guidelines 2023")
                        .firstLocator("line 251"),
                given(
                                "partial names the missing job description",
                                "ROLE-WRITTEN",
                                "facts: {writtenRoleDescription: true, settingSpecificJobDescription: false}",
                                Status.PARTIAL,
                                "ROLE-WRITTEN one of the two documents missing")
                        .begins("The role description is written, but there is no job description"),
                given(
                                "partial names the missing role description",
                                "ROLE-WRITTEN",
                                "facts: {writtenRoleDescription: false, settingSpecificJobDescription: true}",
                                Status.PARTIAL,
                                "ROLE-WRITTEN one of the two documents missing")
                        .begins("A job description for this setting exists, but the role"),
                given(
                                "gap when neither document exists",
                                "ROLE-WRITTEN",
                                "facts: {writtenRoleDescription: false, settingSpecificJobDescription: false}",
                                Status.GAP,
                                "ROLE-WRITTEN neither document written")
                        .severity(Severity.HIGH),
                given(
                                "unknown with the job description not stated says what it would change",
                                "ROLE-WRITTEN",
                                "facts: {writtenRoleDescription: true}",
                                Status.UNKNOWN,
                                "ROLE-WRITTEN one document not stated")
                        .begins("The role description is written, but the description does not say whether"
                                + " a job description for this setting exists (facts.settingSpecificJobDescription): "
                                + "if so, this is met; if not, partly met."),
                given(
                                "unknown with the role description not stated says what it would change",
                                "ROLE-WRITTEN",
                                "facts: {settingSpecificJobDescription: false}",
                                Status.UNKNOWN,
                                "ROLE-WRITTEN one document not stated")
                        .says("facts.writtenRoleDescription): if so, this is partly met; if not, a gap."),
                given(
                        "with one document not stated the answer decides",
                        "ROLE-WRITTEN",
                        "facts: {writtenRoleDescription: true}\nanswers: {ROLE-WRITTEN: \"YES\"}",
                        Status.MET,
                        "Answer YES means the item is met"),
                given(
                        "unknown without facts or an answer",
                        "ROLE-WRITTEN",
                        "program: {setting: JAIL}",
                        Status.UNKNOWN,
                        NO_DECIDING_FACT),
                // ROLE-SUBSTITUTE
                given(
                                "gap names the duty and the words that showed it",
                                "ROLE-SUBSTITUTE",
                                duties(RECOVERY_GROUP, CASE_MANAGER),
                                Status.GAP,
                                "ROLE-SUBSTITUTE duties belong to other staff")
                        .says("'Serve as case manager for new participants' (role.duties[1]: case, manager)")
                        .evidence("role.duties[1]"),
                given(
                                "gap for a listed activity the worksheet gives to a clinician",
                                "ROLE-SUBSTITUTE",
                                "role: {activities: [ROLE-ACT-THERAPY-SESSION]}",
                                Status.GAP)
                        .says("(role.activities[0]: via ROLE-ACT-THERAPY-SESSION)"),
                given(
                                "met when duties only mention other staff",
                                "ROLE-SUBSTITUTE",
                                duties(
                                        "Support participants in talking with their case manager about recovery goals",
                                        "Link participants to mutual aid and help them find a sponsor"),
                                Status.MET,
                                "ROLE-SUBSTITUTE no duty belongs to other staff")
                        .evidence("role.duties[0]", "role.duties[1]"),
                given(
                        "a conditional activity better done by others is not a substitute",
                        "ROLE-SUBSTITUTE",
                        "role: {activities: [ROLE-ACT-ANSWER-OFFICE-PHONES]}",
                        Status.MET),
                given(
                                "unknown while a line that may be another staff member's job is unreviewed",
                                "ROLE-SUBSTITUTE",
                                duties(RECOVERY_GROUP, NEAR_SUBSTITUTE, UNMATCHED),
                                Status.UNKNOWN,
                                "ROLE-SUBSTITUTE duties not yet reviewed")
                        .begins("No reviewed duty is another staff member's job, but 1 of the 3 proposed duties,"
                                + " which the advisor could not settle and which may bear on it, is still to be"
                                + " reviewed by a person: 'Restock the break room' (role.duties[1]). If any")
                        .evidence("role.duties[1]"),
                given(
                        "met beside an unreviewed line that does not bear on it",
                        "ROLE-SUBSTITUTE",
                        duties(RECOVERY_GROUP, UNMATCHED),
                        Status.MET,
                        "ROLE-SUBSTITUTE no duty belongs to other staff"),
                given(
                        "a gap stands beside an unreviewed line",
                        "ROLE-SUBSTITUTE",
                        duties(CASE_MANAGER, UNMATCHED),
                        Status.GAP,
                        "ROLE-SUBSTITUTE duties belong to other staff"),
                given(
                        "unknown without duties",
                        "ROLE-SUBSTITUTE",
                        "program: {setting: JAIL}",
                        Status.UNKNOWN,
                        NO_DECIDING_FACT),
                // ROLE-COMPLIANCE
                given(
                                "gap for urine screens and curfew reports",
                                "ROLE-COMPLIANCE",
                                duties(
                                        "Administer random urine screens",
                                        "Report curfew violations to the judge",
                                        RECOVERY_GROUP),
                                Status.GAP,
                                "ROLE-COMPLIANCE duties monitor compliance")
                        .severity(Severity.CRITICAL)
                        .says("'Report curfew violations to the judge' (role.duties[1]: report, curfew, violations)")
                        .evidence("role.duties[0]", "role.duties[1]")
                        .firstLocator("line 253"),
                given(
                                "met when no duty checks compliance",
                                "ROLE-COMPLIANCE",
                                duties("Sit with participants at their drug tests when they ask"),
                                Status.MET,
                                "ROLE-COMPLIANCE no duty monitors compliance")
                        .says("None of the 1 proposed duties"),
                // The break room comes near no report, so it is not among the lines named.
                given(
                                "unknown while only the lines that may report on participants are named",
                                "ROLE-COMPLIANCE",
                                duties(
                                        RECOVERY_GROUP,
                                        "Restock the break room",
                                        "Calibrate the kiosk in the visiting area",
                                        NEAR_REPORTING),
                                Status.UNKNOWN,
                                "ROLE-COMPLIANCE duties not yet reviewed")
                        .severity(Severity.CRITICAL)
                        .says("but 2 of the 4 proposed duties, which the advisor could not settle and which may"
                                + " bear on it, are still to be reviewed by a person: 'Calibrate the kiosk in the"
                                + " visiting area' (role.duties[2]); 'Give the coordinator a weekly picture of each"
                                + " participant' (role.duties[3]).")
                        .evidence("role.duties[2]", "role.duties[3]"),
                given(
                        "answer NO decides what the unreviewed lines leave open",
                        "ROLE-COMPLIANCE",
                        duties(NEAR_REPORTING) + "answers: {ROLE-COMPLIANCE: \"NO\"}",
                        Status.GAP,
                        "Answer NO means a gap"),
                given(
                                "answer YES does not decide what the unreviewed lines leave open",
                                "ROLE-COMPLIANCE",
                                duties(NEAR_REPORTING) + "answers: {ROLE-COMPLIANCE: \"YES\"}",
                                Status.UNKNOWN,
                                "ROLE-COMPLIANCE duties not yet reviewed")
                        .says("The checklist answered YES, but an answer cannot settle what the program's facts"
                                + " leave open."),
                // ROLE-STAFFING
                given(
                        "gap when peers take part in sanctions",
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: true,"
                                + " peersInSanctionDecisions: true}",
                        Status.GAP,
                        "ROLE-STAFFING peers take part in sanction decisions"),
                given(
                                "gap when a duty gives a say in sanctions even if the facts say otherwise",
                                "ROLE-STAFFING",
                                COURT_ATTENDING_AND_ABSTAINING
                                        + duties("Recommend sanctions and incentives at staffing"),
                                Status.GAP,
                                "ROLE-STAFFING duties give the peer a say in sanctions")
                        .says("role.duties[0]: sanctions, incentives"),
                given(
                        "met when peers attend and abstain",
                        "ROLE-STAFFING",
                        COURT_ATTENDING_AND_ABSTAINING,
                        Status.MET,
                        "ROLE-STAFFING peers attend staffing and abstain from sanctions"),
                given(
                        "met when peers do not attend",
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersAttendStaffing: false}",
                        Status.MET,
                        "ROLE-STAFFING peers do not attend staffing"),
                given(
                                "met when peers abstain from sanctions whatever their attendance",
                                "ROLE-STAFFING",
                                COURT_ABSTAINING,
                                Status.MET,
                                "ROLE-STAFFING peers abstain from sanctions, attendance not stated")
                        .says("whether or not they attend staffing (not stated)"),
                given(
                        "a duty's say in sanctions outweighs abstaining with attendance not stated",
                        "ROLE-STAFFING",
                        COURT_ABSTAINING + duties("Recommend sanctions and incentives at staffing"),
                        Status.GAP,
                        "ROLE-STAFFING duties give the peer a say in sanctions"),
                given(
                                "unknown when peers attend and their part in sanctions is not stated",
                                "ROLE-STAFFING",
                                COURT_ATTENDING,
                                Status.UNKNOWN,
                                "ROLE-STAFFING peers attend staffing, part in sanctions not stated")
                        .says("(facts.peersInSanctionDecisions): if they abstain, this is met; if they weigh in,"
                                + " it is a gap."),
                given(
                        "with their part in sanctions not stated the answer decides",
                        "ROLE-STAFFING",
                        COURT_ATTENDING + "answers: {ROLE-STAFFING: \"PARTIAL\"}",
                        Status.PARTIAL,
                        "Answer PARTIAL means the item is partly met"),
                given(
                                "unknown while a line is unreviewed though the facts would meet it",
                                "ROLE-STAFFING",
                                COURT_ATTENDING_AND_ABSTAINING + duties(RECOVERY_GROUP, NEAR_SANCTIONS, UNMATCHED),
                                Status.UNKNOWN,
                                "ROLE-STAFFING duties not yet reviewed")
                        .namesDuty(NEAR_SANCTIONS, 1)
                        .evidence("role.duties[1]"),
                given(
                        "a gap in the facts stands beside an unreviewed line",
                        "ROLE-STAFFING",
                        "program: {setting: TREATMENT_COURT}\nfacts: {peersInSanctionDecisions: true}\n"
                                + duties(NEAR_SANCTIONS),
                        Status.GAP,
                        "ROLE-STAFFING peers take part in sanction decisions"),
                given(
                        "a treatment court item only",
                        "ROLE-STAFFING",
                        "program: {setting: JAIL}\nfacts: {peersInSanctionDecisions: true}",
                        Status.NOT_APPLICABLE,
                        "Item does not apply to the program's setting"),
                // ROLE-VOLUNTARY
                given(
                        "gap when participation is mandated",
                        "ROLE-VOLUNTARY",
                        "facts: {participationVoluntary: false}",
                        Status.GAP,
                        "ROLE-VOLUNTARY participation is mandated"),
                given(
                        "gap when a duty makes peer sessions mandatory",
                        "ROLE-VOLUNTARY",
                        "facts: {participationVoluntary: true}\n"
                                + duties("Make sure participants attend their mandatory peer sessions"),
                        Status.GAP,
                        "ROLE-VOLUNTARY duties make peer services mandatory"),
                given(
                        "met, and mandated reporting is not a mandate",
                        "ROLE-VOLUNTARY",
                        "facts: {participationVoluntary: true}\n"
                                + duties("Share my recovery story and follow mandated reporting rules for abuse"),
                        Status.MET,
                        "ROLE-VOLUNTARY participation is voluntary"),
                given(
                                "unknown while a line that may mandate services is unreviewed though participation is"
                                        + " voluntary",
                                "ROLE-VOLUNTARY",
                                "facts: {participationVoluntary: true}\n" + duties(NEAR_MANDATED),
                                Status.UNKNOWN,
                                "ROLE-VOLUNTARY duties not yet reviewed")
                        .namesDuty(NEAR_MANDATED, 0),
                given(
                        "a mandate in the facts stands beside an unreviewed line",
                        "ROLE-VOLUNTARY",
                        "facts: {participationVoluntary: false}\n" + duties(NEAR_MANDATED),
                        Status.GAP,
                        "ROLE-VOLUNTARY participation is mandated"),
                given(
                                "met beside unreviewed lines that do not bear on it",
                                "ROLE-VOLUNTARY",
                                "facts: {participationVoluntary: true}\n"
                                        + duties(UNMATCHED, NEAR_CLINICAL, NEAR_REPORTING),
                                Status.MET,
                                "ROLE-VOLUNTARY participation is voluntary")
                        .evidence("facts.participationVoluntary"),
                // ROLE-DRIFT
                given(
                        "gap for clinical duties",
                        "ROLE-DRIFT",
                        duties("Provide individual counseling sessions", "Answer the front desk phones"),
                        Status.GAP,
                        "ROLE-DRIFT duties include clinical work"),
                given(
                                "partial for clerical duties, all reviewed",
                                "ROLE-DRIFT",
                                duties(FRONT_DESK),
                                Status.PARTIAL,
                                "ROLE-DRIFT duties include clerical work")
                        .says("front, desk, answer, phones")
                        .saysNot("Still to be reviewed"),
                given(
                        "met for peer work",
                        "ROLE-DRIFT",
                        duties(RECOVERY_GROUP),
                        Status.MET,
                        "ROLE-DRIFT duties stay peer work"),
                given(
                                "unknown while a line that may be clinical is unreviewed",
                                "ROLE-DRIFT",
                                duties(RECOVERY_GROUP, NEAR_CLINICAL),
                                Status.UNKNOWN,
                                "ROLE-DRIFT duties not yet reviewed")
                        .namesDuty(NEAR_CLINICAL, 1),
                given(
                        "met beside an unreviewed line that does not bear on it",
                        "ROLE-DRIFT",
                        duties(RECOVERY_GROUP, UNMATCHED),
                        Status.MET,
                        "ROLE-DRIFT duties stay peer work"),
                given(
                                "partial for clerical work names the unreviewed line",
                                "ROLE-DRIFT",
                                duties(FRONT_DESK, NEAR_CLINICAL),
                                Status.PARTIAL,
                                "ROLE-DRIFT duties include clerical work")
                        .says("Still to be reviewed by a person: '" + NEAR_CLINICAL + "' (role.duties[1]); a"
                                + " clinical duty among them would make this a gap.")
                        .evidence("role.duties[0]", "role.duties[1]"),
                // ROLE-LIVED-EXPERIENCE
                given(
                        "gap when no duty uses it",
                        "ROLE-LIVED-EXPERIENCE",
                        duties(COURT_RIDES),
                        Status.GAP,
                        "ROLE-LIVED-EXPERIENCE no duty draws on lived experience"),
                given(
                                "partial when some duties are rides without support",
                                "ROLE-LIVED-EXPERIENCE",
                                duties(RECOVERY_GROUP, COURT_RIDES),
                                Status.PARTIAL,
                                "ROLE-LIVED-EXPERIENCE some duties are rides without support")
                        .says("'Drive participants to court dates' (role.duties[1]: drive)")
                        .citesLocator("lines 433-438"),
                given(
                                "unknown when only an unreviewed line could draw on it",
                                "ROLE-LIVED-EXPERIENCE",
                                duties(COURT_RIDES, NEAR_LIVED_EXPERIENCE),
                                Status.UNKNOWN,
                                "ROLE-LIVED-EXPERIENCE no reviewed duty draws on lived experience")
                        .namesDuty(NEAR_LIVED_EXPERIENCE, 1)
                        .says("If none of them does, this is a gap."),
                given(
                        "a gap stands beside an unreviewed line that could not draw on it",
                        "ROLE-LIVED-EXPERIENCE",
                        duties(COURT_RIDES, UNMATCHED),
                        Status.GAP,
                        "ROLE-LIVED-EXPERIENCE no duty draws on lived experience"),
                given(
                                "partial while a line is unreviewed",
                                "ROLE-LIVED-EXPERIENCE",
                                duties("Share my recovery story with new participants", NEAR_A_RIDE),
                                Status.PARTIAL,
                                "ROLE-LIVED-EXPERIENCE duties draw on lived experience, others not yet reviewed")
                        .says(
                                "'Share my recovery story with new participants' (role.duties[0]",
                                "if none of them is a ride with no support purpose, this is met.")
                        .evidence("role.duties[0]", "role.duties[1]"),
                given(
                        "met when rides carry support",
                        "ROLE-LIVED-EXPERIENCE",
                        duties(
                                RECOVERY_GROUP,
                                "Drive participants to appointments and talk about their recovery on the way"),
                        Status.MET,
                        "ROLE-LIVED-EXPERIENCE duties draw on lived experience"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRoleItemBehaviour(FindingCase row) throws Exception {
        row.check();
    }
}
