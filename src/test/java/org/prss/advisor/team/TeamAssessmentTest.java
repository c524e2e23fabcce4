package org.prss.advisor.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.TeamAnswerRule;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.RespondentRole;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.IntakeTemplate;

/**
 * A team self-assessment of the three sample respondents (samples/team: leadership, human resources, jail staff):
 * the fact they state differently is reported and assessed as unknown, answers combine by the rule of scoring.yaml
 * for every severity, the agenda holds exactly the items they answered differently, and files of another program are
 * refused.
 */
class TeamAssessmentTest {

    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final List<String> SAMPLES = List.of("leadership.yaml", "hr.yaml", "jail-staff.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Submission> respondents() throws InvalidInputException {
        List<Submission> respondents = new ArrayList<>();
        for (String sample : SAMPLES) {
            respondents.add(ADVISOR.reader().read(Path.of("samples", "team", sample)));
        }
        return respondents;
    }

    static Advisor.TeamAssessment team() throws InvalidInputException {
        return ADVISOR.assessTeam(respondents(), TestAdvisor.AS_OF);
    }

    private static Submission yaml(String name, String text) throws InvalidInputException {
        return ADVISOR.reader().read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theRespondentsAreNamedWithTheirRolesAndCountedByRole() throws Exception {
        Team team = team().assessment().team();
        assertEquals(
                List.of(
                        new TeamMember("leadership.yaml", "Dana Ruiz", RespondentRole.LEADERSHIP),
                        new TeamMember("hr.yaml", "Lee Park", RespondentRole.HUMAN_RESOURCES),
                        new TeamMember("jail-staff.yaml", "Sam Ortiz", RespondentRole.STAFF)),
                team.respondents());
        assertEquals(Map.of("LEADERSHIP", 1, "HUMAN_RESOURCES", 1, "STAFF", 1), team.byRole());
    }

    @Test
    void theCaseloadTheyStateDifferentlyIsReportedAndAssessedAsUnknown() throws Exception {
        Advisor.TeamAssessment run = team();
        assertEquals(
                List.of(new FactDisagreement(
                        "facts.caseloadPerPeer",
                        List.of(
                                new FactDisagreement.Said("Dana Ruiz", "20"),
                                new FactDisagreement.Said("Lee Park", null),
                                new FactDisagreement.Said("Sam Ortiz", "30")))),
                run.assessment().team().factDisagreements());
        assertNull(run.combined().description().facts().caseloadPerPeer(), "never a silent pick of 20 or 30");
        Finding caseload = TestAdvisor.finding(run.assessment(), "STAFF-CASELOAD");
        assertEquals(Status.UNKNOWN, caseload.status());
        assertTrue(
                caseload.rationale().contains("not Caseload per peer (facts.caseloadPerPeer)"), caseload.rationale());
        // Leadership's 20 alone is within the jail's caseload limit: the unknown comes from the disagreement.
        Assessment leadership = ADVISOR.assess(respondents().get(0), TestAdvisor.AS_OF);
        assertEquals(
                Status.MET, TestAdvisor.finding(leadership, "STAFF-CASELOAD").status());
    }

    @Test
    void factsTheRespondentsStateAlikeOrAloneAreKept() throws Exception {
        Submission combined = team().combined();
        assertEquals(2, combined.description().facts().peerPositions(), "all three say 2");
        assertEquals(19.5, combined.description().facts().pay().hourlyRate(), "human resources alone gives the pay");
        assertEquals(480, combined.description().facts().averageDailyPopulation(), "leadership alone gives it");
        assertEquals(
                "Lakeview County Jail Peer Recovery Program",
                combined.description().program().name());
        assertNull(combined.description().program().respondent(), "the combined description is nobody's own");
    }

    /** Each designed item: the respondents' answers, the combined answer the rule gives, and the finding. */
    private record Expected(String id, Severity severity, AnswerValue combined, boolean disagree, Status status) {}

    private static final List<Expected> EXPECTED = List.of(
            // CRITICAL and HIGH: the least favourable known answer.
            new Expected("RDY-LEAD-08", Severity.CRITICAL, AnswerValue.PARTIAL, true, Status.PARTIAL),
            new Expected("RDY-HR-05", Severity.CRITICAL, AnswerValue.NO, true, Status.GAP),
            new Expected("RDY-PEER-01", Severity.CRITICAL, AnswerValue.YES, false, Status.MET),
            new Expected("RDY-LEAD-02", Severity.HIGH, AnswerValue.NO, true, Status.GAP),
            new Expected("RDY-TEAM-02", Severity.HIGH, AnswerValue.NO, true, Status.GAP),
            new Expected("RDY-LEAD-01", Severity.HIGH, AnswerValue.YES, false, Status.MET),
            // MEDIUM and LOW: the most common known answer, a tie to the less favourable.
            new Expected("RDY-TEAM-01", Severity.MEDIUM, AnswerValue.YES, true, Status.MET),
            new Expected("RDY-PEER-04", Severity.MEDIUM, AnswerValue.PARTIAL, true, Status.PARTIAL),
            new Expected("RDY-LEAD-09", Severity.MEDIUM, AnswerValue.NO, true, Status.GAP),
            new Expected("HIRE-JUSTICE-SETTING-AD", Severity.LOW, AnswerValue.YES, true, Status.MET),
            new Expected("RDY-LEAD-06", Severity.LOW, AnswerValue.NO, true, Status.GAP),
            // UNKNOWN is no view: the one known answer stands, and UNKNOWN only where nobody knows.
            new Expected("RDY-HR-04", Severity.MEDIUM, AnswerValue.YES, false, Status.MET),
            new Expected("RDY-HR-06", Severity.MEDIUM, AnswerValue.UNKNOWN, false, Status.UNKNOWN));

    @Test
    void theCombinedAnswerFollowsTheRuleForEverySeverity() throws Exception {
        Advisor.TeamAssessment run = team();
        TeamAnswerRule rule = run.assessment().team().rule();
        assertEquals(TeamAnswerRule.Method.LEAST_FAVOURABLE, rule.method(Severity.CRITICAL));
        assertEquals(TeamAnswerRule.Method.LEAST_FAVOURABLE, rule.method(Severity.HIGH));
        assertEquals(TeamAnswerRule.Method.MOST_COMMON, rule.method(Severity.MEDIUM));
        assertEquals(TeamAnswerRule.Method.MOST_COMMON, rule.method(Severity.LOW));
        assertEquals(TeamAnswerRule.Tie.LESS_FAVOURABLE, rule.ties());
        for (Expected e : EXPECTED) {
            TeamItem item = item(run.assessment().team(), e.id());
            assertEquals(e.severity(), item.severity(), e.id());
            assertEquals(rule.method(e.severity()), item.method(), e.id());
            assertEquals(e.combined(), item.combined(), e.id() + " combined");
            assertEquals(e.disagree(), item.disagree(), e.id() + " disagree");
            assertEquals(
                    e.combined(),
                    run.combined().description().answers().get(e.id()).answer(),
                    e.id());
            assertEquals(
                    e.status(), TestAdvisor.finding(run.assessment(), e.id()).status(), e.id() + " status");
        }
        assertEquals(
                "the most common answer, a tie going to the less favourable, for a MEDIUM item",
                item(run.assessment().team(), "RDY-LEAD-09").how());
        assertEquals(
                "the most common answer, for a MEDIUM item",
                item(run.assessment().team(), "RDY-TEAM-01").how());
    }

    @Test
    void theFindingSaysWhoAnsweredWhatAndHowTheAnswerWasCombined() throws Exception {
        Finding audit = TestAdvisor.finding(team().assessment(), "RDY-LEAD-02");
        assertTrue(
                audit.rationale()
                        .startsWith("The agency answered NO (note: Dana Ruiz (LEADERSHIP) YES, Lee Park"
                                + " (HUMAN_RESOURCES) PARTIAL, Sam Ortiz (STAFF) NO; combined as the least favourable"
                                + " answer given, for a HIGH item. Notes: Sam Ortiz: Nobody asked the housing-unit"
                                + " officers"),
                audit.rationale());
    }

    @Test
    void theAgendaListsExactlyTheItemsAnsweredDifferentlyMostSevereFirst() throws Exception {
        Team team = team().assessment().team();
        assertEquals(
                List.of(
                        "RDY-LEAD-08",
                        "RDY-HR-05",
                        "RDY-LEAD-02",
                        "RDY-TEAM-02",
                        "ETH-NOT-INFORMANTS",
                        "RDY-LEAD-09",
                        "RDY-TEAM-01",
                        "RDY-PEER-04",
                        "RDY-LEAD-06",
                        "HIRE-JUSTICE-SETTING-AD"),
                team.agenda());
        List<String> differing = new ArrayList<>();
        for (TeamItem item : team.items()) {
            long known = item.answers().stream()
                    .map(RespondentAnswer::answer)
                    .filter(a -> a != null && a != AnswerValue.UNKNOWN)
                    .distinct()
                    .count();
            if (known > 1) {
                differing.add(item.id());
            }
        }
        assertEquals(
                differing.stream().sorted().toList(),
                team.agenda().stream().sorted().toList());
    }

    @Test
    void dutiesArePooledSoOneRespondentsDutyIsReviewed() throws Exception {
        Advisor.TeamAssessment run = team();
        assertEquals(
                List.of(
                        "Meet each participant before release to plan their reentry",
                        "Share lived experience of recovery and reentry with people in the housing units",
                        "Report rule violations to jail security staff"),
                run.combined().description().role().duties(),
                "the duty both leadership and jail staff list is reviewed once");
        assertEquals(
                List.of("ROLE-ACT-LEAD-PEER-GROUP"),
                run.combined().description().role().activities());
        Finding compliance = TestAdvisor.finding(run.assessment(), "ROLE-COMPLIANCE");
        assertEquals(Status.GAP, compliance.status());
        assertTrue(compliance.rationale().contains("Report rule violations to jail security staff"));
    }

    @Test
    void theJsonCarriesTheTeamAndASingleAssessmentDoesNot() throws Exception {
        JsonNode team =
                JSON.readTree(AssessmentJson.toJson(team().assessment())).path("team");
        assertEquals(3, team.path("respondents").size());
        assertEquals(
                "facts.caseloadPerPeer", team.at("/factDisagreements/0/path").asText());
        assertEquals("RDY-LEAD-08", team.at("/agenda/0").asText());
        assertEquals("LEAST_FAVOURABLE", team.at("/rule/bySeverity/CRITICAL").asText());
        assertEquals("COSSAP Five Ps 2022", team.at("/rule/citations/2/source").asText());
        Assessment single = ADVISOR.assess(respondents().get(0), TestAdvisor.AS_OF);
        assertFalse(JSON.readTree(AssessmentJson.toJson(single)).has("team"));
    }

    @Test
    void anIntakeWorkbookKeepsItsRespondentAndCombinesAsItsDescriptionDoes() throws Exception {
        List<Submission> described = respondents();
        ByteArrayOutputStream intake = new ByteArrayOutputStream();
        new IntakeTemplate(ADVISOR.knowledge()).write(null, described.get(1).received(), intake);
        Submission workbook = ADVISOR.reader().read("hr.xlsx", intake.toByteArray());
        assertEquals(
                described.get(1).description().program().respondent(),
                workbook.description().program().respondent());
        List<Submission> mixed = List.of(described.get(0), workbook, described.get(2));
        JsonNode fromWorkbook = JSON.readTree(AssessmentJson.toJson(
                ADVISOR.assessTeam(mixed, TestAdvisor.AS_OF).assessment()));
        JsonNode fromYaml = JSON.readTree(AssessmentJson.toJson(team().assessment()));
        ((com.fasterxml.jackson.databind.node.ObjectNode) fromWorkbook.at("/team/respondents/1"))
                .put("file", "hr.yaml");
        assertEquals(fromYaml, fromWorkbook);
    }

    @Test
    void aRespondentOfAnotherProgramIsRefusedNamingBothFiles() throws Exception {
        List<Submission> respondents = new ArrayList<>(respondents());
        String other = Files.readString(Path.of("samples", "team", "hr.yaml"))
                .replace("Lakeview County Jail Peer Recovery Program", "Lakeview County Jail Reentry Program");
        respondents.set(1, yaml("other.yaml", other));
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ADVISOR.assessTeam(respondents, TestAdvisor.AS_OF));
        assertEquals(
                "other.yaml: program.name: 'Lakeview County Jail Reentry Program' is not the program of"
                        + " samples/team/leadership.yaml ('Lakeview County Jail Peer Recovery Program') (a team"
                        + " self-assessment combines respondents' files of one program; assess this file on its own)",
                e.report());
    }

    @Test
    void lettersCaseAndSpacingDoNotMakeAnotherProgram() throws Exception {
        List<Submission> respondents = new ArrayList<>(respondents());
        String spaced = Files.readString(Path.of("samples", "team", "hr.yaml"))
                .replace("Lakeview County Jail Peer Recovery Program", "lakeview county  jail peer recovery program");
        respondents.set(1, yaml("hr.yaml", spaced));
        assertEquals(
                "Lakeview County Jail Peer Recovery Program",
                ADVISOR.assessTeam(respondents, TestAdvisor.AS_OF)
                        .assessment()
                        .program()
                        .name());
    }

    @Test
    void oneRespondentIsNoTeam() throws Exception {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ADVISOR.assessTeam(List.of(respondents().get(0)), TestAdvisor.AS_OF));
        assertTrue(e.report().contains("a team self-assessment needs two or more respondents' files, 1 given"));
    }

    @Test
    void aWaiverStandsWhenAllWhoGiveItAgreeAndIsReportedWhenTheyDoNot() throws Exception {
        String waiver = "  - {findingId: RDY-TEAM-01, justification: Brochure budgeted for Q2, approvedBy: Capt. Ruiz,"
                + " expires: 2027-06-30}\n";
        Submission a = yaml("a.yaml", "program: {name: P, setting: JAIL}\nwaivers:\n" + waiver);
        Submission b = yaml("b.yaml", "program: {name: P}\nwaivers:\n" + waiver);
        Submission c = yaml("c.yaml", "program: {name: P}\nwaivers:\n" + waiver.replace("2027-06-30", "2026-12-31"));
        Submission none = yaml("d.yaml", "program: {name: P}\nanswers: {RDY-TEAM-01: NO}");
        Advisor.TeamAssessment agreed = ADVISOR.assessTeam(List.of(a, b, none), TestAdvisor.AS_OF);
        assertEquals(1, agreed.combined().description().waivers().size());
        assertTrue(agreed.assessment().team().factDisagreements().isEmpty());
        Advisor.TeamAssessment differ = ADVISOR.assessTeam(List.of(a, c, none), TestAdvisor.AS_OF);
        assertTrue(differ.combined().description().waivers().isEmpty());
        assertEquals(
                List.of("waivers.RDY-TEAM-01"),
                differ.assessment().team().factDisagreements().stream()
                        .map(FactDisagreement::path)
                        .toList());
        assertEquals(
                Status.GAP,
                TestAdvisor.finding(differ.assessment(), "RDY-TEAM-01").status());
    }

    @Test
    void aRespondentWithoutANameIsNamedByTheFile() throws Exception {
        Submission named = yaml("a.yaml", "program: {name: P, respondent: {name: Ana, role: PEER}}");
        Submission unnamed = yaml("dir/b.yaml", "program: {name: P}");
        Team team = ADVISOR.assessTeam(List.of(named, unnamed), TestAdvisor.AS_OF)
                .assessment()
                .team();
        assertEquals(
                List.of(new TeamMember("a.yaml", "Ana", RespondentRole.PEER), new TeamMember("b.yaml", "b.yaml", null)),
                team.respondents());
        assertEquals(Map.of("PEER", 1, "NOT_STATED", 1), team.byRole());
    }

    @Test
    void numbersListsAndTextAreTheSameFactHoweverTheyAreWritten() throws Exception {
        Submission a = yaml(
                "a.yaml",
                "program: {name: P}\nfacts: {fte: 2, fundingSources: [County general fund, BJA COSSAP grant],"
                        + " reentry: {accessPoints: [HOUSING_UNITS, DROP_IN_HOURS]}}");
        Submission b = yaml(
                "b.yaml",
                "program: {name: P}\nfacts: {fte: 2.0, fundingSources: [bja cossap grant, County  general fund],"
                        + " reentry: {accessPoints: [DROP_IN_HOURS, HOUSING_UNITS]}}");
        Advisor.TeamAssessment run = ADVISOR.assessTeam(List.of(a, b), TestAdvisor.AS_OF);
        assertTrue(run.assessment().team().factDisagreements().isEmpty());
        assertEquals(2.0, run.combined().description().facts().fte());
    }

    private static TeamItem item(Team team, String id) {
        return team.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
