package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.team.Team;

/**
 * The workbook of the sample team self-assessment (samples/team), written and read back with POI: the Team Answers
 * and Discussion Agenda sheets hold each respondent's answers, the combined answer, the disagreements and the rule,
 * and the Summary says who answered and how far they disagree.
 */
class TeamWorkbookTest {

    private static XSSFWorkbook workbook;
    private static Team team;

    @BeforeAll
    static void write() throws Exception {
        List<Submission> respondents = new ArrayList<>();
        for (String sample : List.of("leadership.yaml", "hr.yaml", "jail-staff.yaml")) {
            respondents.add(TestAdvisor.get().reader().read(Path.of("samples", "team", sample)));
        }
        Advisor.TeamAssessment run = TestAdvisor.get().assessTeam(respondents, TestAdvisor.AS_OF);
        team = run.assessment().team();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge()).write(run.assessment(), run.combined(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    private static int rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
    }

    /** The header cells of row 0, as text. */
    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    @Test
    void theTeamSheetsFollowTheFindingsAndAreAmongTheFixedSheets() {
        assertEquals("Findings", workbook.getSheetName(1));
        assertEquals("Team Answers", workbook.getSheetName(2));
        assertEquals("Discussion Agenda", workbook.getSheetName(3));
        assertTrue(Domain.FIXED_SHEETS.containsAll(List.of("Team Answers", "Discussion Agenda")));
    }

    @Test
    void teamAnswersShowEachRespondentsAnswerAndNoteSideBySideWithTheCombinedAnswerAndAFlag() {
        Sheet sheet = workbook.getSheet("Team Answers");
        assertEquals(
                List.of(
                        "Item",
                        "Severity",
                        "Title",
                        "Dana Ruiz (LEADERSHIP): answer",
                        "Dana Ruiz: note",
                        "Lee Park (HUMAN_RESOURCES): answer",
                        "Lee Park: note",
                        "Sam Ortiz (STAFF): answer",
                        "Sam Ortiz: note",
                        "Combined answer",
                        "How combined",
                        "Respondents differ",
                        "Finding status"),
                headers(sheet));
        int audit = rowOf(sheet, 0, "RDY-LEAD-02");
        assertEquals("YES", text(sheet, audit, 3));
        assertEquals("PARTIAL", text(sheet, audit, 5));
        assertEquals("NO", text(sheet, audit, 7));
        assertEquals("Nobody asked the housing-unit officers what would get in the peers' way", text(sheet, audit, 8));
        assertEquals("NO", text(sheet, audit, 9));
        assertEquals("the least favourable answer given, for a HIGH item", text(sheet, audit, 10));
        assertEquals("DIFFER", text(sheet, audit, 11));
        assertEquals("GAP", text(sheet, audit, 12));
        int trained = rowOf(sheet, 0, "RDY-PEER-01");
        assertEquals("YES", text(sheet, trained, 9));
        assertNull(text(sheet, trained, 11), "all three said YES: no flag");
        int nobody = rowOf(sheet, 0, "RDY-HR-06");
        assertEquals("UNKNOWN", text(sheet, nobody, 9));
        assertNull(text(sheet, nobody, 5), "human resources did not answer it");
        List<String> flagged = new ArrayList<>();
        for (int r = 1; r <= team.items().size(); r++) {
            if ("DIFFER".equals(text(sheet, r, 11))) {
                flagged.add(text(sheet, r, 0));
            }
        }
        assertEquals(
                team.agenda().stream().sorted().toList(),
                flagged.stream().sorted().toList());
        assertEquals("How answers combine", text(sheet, team.items().size() + 2, 0));
        assertTrue(text(sheet, team.items().size() + 2, 1).startsWith("CRITICAL and HIGH items: the least favourable"));
        int sources = rowOf(sheet, 0, "Sources");
        assertTrue(text(sheet, sources, 1)
                .contains("COSSAP Five Ps 2022, Step 2, Conduct an Organizational Readiness"
                        + " Self-Assessment, lines 110-112"));
    }

    @Test
    void theAgendaListsTheDifferingItemsMostSevereFirstWithWhoAnsweredWhatAndWhyItMatters() {
        Sheet sheet = workbook.getSheet("Discussion Agenda");
        assertEquals(
                List.of(
                        "#",
                        "Item",
                        "Severity",
                        "Question",
                        "Who answered what",
                        "Combined answer",
                        "Finding status",
                        "Why it matters"),
                headers(sheet));
        List<String> items = new ArrayList<>();
        for (int r = 1; r <= team.agenda().size(); r++) {
            items.add(text(sheet, r, 1));
        }
        assertEquals(team.agenda(), items);
        assertEquals("CRITICAL", text(sheet, 1, 2));
        assertEquals("LOW", text(sheet, team.agenda().size(), 2));
        int framework = rowOf(sheet, 1, "RDY-HR-05");
        assertTrue(text(sheet, framework, 3).startsWith("Decision framework for criminal history: "));
        assertEquals(
                "Dana Ruiz (LEADERSHIP): YES\nLee Park (HUMAN_RESOURCES): NO - No written policy; each applicant's"
                        + " record is judged case by case",
                text(sheet, framework, 4));
        assertEquals("NO (the least favourable answer given, for a CRITICAL item)", text(sheet, framework, 5));
        assertEquals("GAP", text(sheet, framework, 6));
        assertEquals(
                TestAdvisor.get().knowledge().item("RDY-HR-05").orElseThrow().why(), text(sheet, framework, 7));
        int facts = rowOf(sheet, 1, "facts.caseloadPerPeer");
        assertEquals("Dana Ruiz: 20\nLee Park: (not stated)\nSam Ortiz: 30", text(sheet, facts, 3));
        assertEquals("treated as unknown until the team agrees on it", text(sheet, facts, 4));
    }

    @Test
    void theSummarySaysHowManyRespondentsByRoleAndHowManyItemsTheyDisagreeOn() {
        Sheet summary = workbook.getSheet("Summary");
        assertTrue(text(summary, rowOf(summary, 0, "Respondents"), 1)
                .startsWith("3: Dana Ruiz (LEADERSHIP), leadership.yaml; Lee Park (HUMAN_RESOURCES), hr.yaml;"));
        assertEquals(
                "LEADERSHIP 1, HUMAN_RESOURCES 1, STAFF 1", text(summary, rowOf(summary, 0, "Respondents by role"), 1));
        assertTrue(text(summary, rowOf(summary, 0, "Disagreements"), 1)
                .startsWith("They answered " + team.agenda().size() + " item(s) differently (see Discussion Agenda)"
                        + " and stated " + team.factDisagreements().size() + " fact(s) differently"));
        assertTrue(text(summary, rowOf(summary, 0, "Combined answers"), 1)
                .startsWith("CRITICAL and HIGH items: the least favourable answer given; MEDIUM and LOW items: the"
                        + " most common answer, a tie going to the less favourable"));
    }

    @Test
    void oneRespondentsAssessmentNamesThemAndHasNoTeamSheets() throws Exception {
        Submission leadership = TestAdvisor.get().reader().read(Path.of("samples", "team", "leadership.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge())
                .write(TestAdvisor.get().assess(leadership, TestAdvisor.AS_OF), leadership, out);
        try (XSSFWorkbook single = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertNull(single.getSheet("Team Answers"));
            assertNull(single.getSheet("Discussion Agenda"));
            Sheet summary = single.getSheet("Summary");
            assertEquals("Dana Ruiz (LEADERSHIP)", text(summary, rowOf(summary, 0, "Filled in by"), 1));
            assertThrows(AssertionError.class, () -> rowOf(summary, 0, "Respondents"));
        }
    }
}
