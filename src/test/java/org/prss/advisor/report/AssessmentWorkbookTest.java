package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.Domain;

/** The workbook, written and read back with POI: its sheets and the cells a program manager looks at. */
class AssessmentWorkbookTest {

    private static final String PLAN = """
            program:
              name: Test County Jail Peers
              agency: Test County Sheriff
              state: OH
              setting: JAIL
              stage: PLANNING
            facts: {peerPositions: 1, peerNetworkAccess: NONE}
            role:
              activities: [ROLE-ACT-LEAD-PEER-GROUP, ROLE-ACT-ADMINISTER-DRUG-TEST]
              duties: [Report curfew violations to the judge, "=SUM(1,2) restock the break room"]
            answers:
              RDY-HR-05: NO
              RDY-LEAD-01: {answer: YES, note: "=HYPERLINK(\\"http://x\\",\\"click\\")"}
            """;

    private static XSSFWorkbook workbook;
    private static Assessment assessment;

    @BeforeAll
    static void write() throws Exception {
        Submission submission = TestAdvisor.read(PLAN);
        assessment = TestAdvisor.get().assess(submission, TestAdvisor.AS_OF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge()).write(assessment, submission, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static int rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null
                    && row.getCell(column).getCellType() == CellType.STRING
                    && value.equals(row.getCell(column).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
    }

    @Test
    void sheetsInOrder() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertEquals(
                List.of(
                        "Summary",
                        "Findings",
                        "Readiness Checklist",
                        "Peer Role Checklist",
                        "Staffing Checklist",
                        "Ethics and Boundaries",
                        "Incarcerated Peer Policies",
                        "Evaluation Checklist",
                        "Reentry and Access",
                        "Partners and Protocols",
                        "Quick Assessments",
                        "Staffing Plan",
                        "Evaluation Plan",
                        "Proposed Duties",
                        "Role Worksheet",
                        "Personal Ethics Checklist",
                        "Waivers",
                        "Action Plan",
                        "Readings",
                        "Sources",
                        "Input",
                        "Assessment Data"),
                names);
        assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("Assessment Data")));
        List<String> domainSheets = TestAdvisor.get().knowledge().domains().stream()
                .map(Domain::sheet)
                .toList();
        names.stream()
                .filter(n -> !domainSheets.contains(n))
                .forEach(n -> assertTrue(
                        Domain.FIXED_SHEETS.contains(n),
                        n + " is listed among the fixed sheets a domain may not take"));
    }

    @Test
    void summaryShowsProgramVerdictScoresFormulaAndChart() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertEquals("Test County Jail Peers", text(summary, rowOf(summary, 0, "Program"), 1));
        assertEquals("NOT_READY", text(summary, rowOf(summary, 0, "Verdict"), 1));
        assertTrue(text(summary, rowOf(summary, 0, "Why"), 1).contains("RDY-HR-05"));
        assertEquals(
                TestAdvisor.get().knowledge().ruleSet().version(),
                text(summary, rowOf(summary, 0, "Rule set"), 1).replaceAll(".* ", ""));
        int readiness = rowOf(summary, 0, "Organizational readiness");
        assertEquals(
                assessment.scores().domains().get(0).score(),
                summary.getRow(readiness).getCell(1).getNumericCellValue(),
                1e-9);
        assertTrue(text(summary, rowOf(summary, 0, "Formula"), 1).startsWith("Domain score = 100 x"));
        String policy = text(summary, rowOf(summary, 0, "Scoring policy"), 1);
        assertTrue(policy.startsWith("The severity weights, the READY and NOT_READY scores"), policy);
        assertTrue(
                policy.endsWith("(LAPPA Toolkit 2021, Appendix B, Organizational Readiness Checklist (items listed"
                        + " without rank or weight), lines 974-1028)"),
                policy);
        int declared = TestAdvisor.get().knowledge().declaredReadings().size();
        assertEquals(
                declared + " declared reading(s), where a rule decides more than a source states: all at the advisor's"
                        + " defaults (see Readings).",
                text(summary, rowOf(summary, 0, "Readings"), 1));
        int critical = rowOf(summary, 0, "CRITICAL");
        assertEquals(
                assessment
                        .openBySeverity()
                        .get(org.prss.advisor.model.Severity.CRITICAL)
                        .doubleValue(),
                summary.getRow(critical).getCell(1).getNumericCellValue());
        assertEquals(
                7.0,
                summary.getRow(critical).getCell(1).getNumericCellValue(),
                "RDY-HR-05 and ROLE-COMPLIANCE gaps, four unanswered readiness criticals and ETH-CONFIDENTIALITY;"
                        + " the unscored quick assessments do not count");
        assertEquals(1, summary.getDrawingPatriarch().getCharts().size());
    }

    @Test
    void findingsSheetHasEveryFindingMostSevereFirstWithAFilter() {
        Sheet findings = workbook.getSheet("Findings");
        assertEquals("ID", text(findings, 0, 0));
        assertEquals("Status", text(findings, 0, 4));
        assertEquals(TestAdvisor.get().knowledge().items().size(), findings.getLastRowNum());
        assertEquals("RDY-HR-05", text(findings, 1, 0));
        assertEquals("GAP", text(findings, 1, 4));
        assertEquals("CRITICAL", text(findings, 1, 5));
        assertTrue(text(findings, 1, 8).contains("LAPPA Toolkit 2021, Appendix B, Human Resources"));
        assertNotNull(findings.getPaneInformation());
        assertTrue(((XSSFSheet) findings).getCTWorksheet().isSetAutoFilter());
    }

    @Test
    void findingsSheetListsTheUnscoredQuickAssessmentsAfterEveryScoredFinding() {
        Sheet findings = workbook.getSheet("Findings");
        int firstQuick = 1;
        while (!text(findings, firstQuick, 1).startsWith("QUICK")) {
            firstQuick++;
        }
        var kb = TestAdvisor.get().knowledge();
        long scored = kb.items().stream()
                .filter(i -> kb.domain(i.domain()).orElseThrow().scored())
                .count();
        assertEquals(scored + 1, firstQuick, "the scored findings come first");
        for (int r = firstQuick; r <= findings.getLastRowNum(); r++) {
            assertEquals("QUICK (self-assessment, not scored)", text(findings, r, 1));
        }
        assertEquals(
                "CRITICAL", text(findings, rowOf(findings, 0, "QA-ROLE-01"), 5), "still by severity among themselves");
    }

    @Test
    void summaryFiguresSitUnderTheirHeadingsAndWrappedNamesGetTheirHeight() {
        XSSFSheet summary = workbook.getSheet("Summary");
        int header = rowOf(summary, 0, "Domain");
        assertEquals("Score (0-100)", text(summary, header, 1));
        assertTrue(summary.getColumnWidth(1) <= 14 * 256, "the score column is as wide as its figures");
        int quick = rowOf(summary, 0, "COSSAP quick assessments (self-assessment, not in the overall score)");
        assertTrue(
                summary.getRow(quick).getHeightInPoints() >= 26, "a name wrapped on two lines gets two lines' height");
        int why = rowOf(summary, 0, "Why");
        assertTrue(
                summary.getMergedRegions().stream()
                        .anyMatch(m -> m.getFirstRow() == why && m.getFirstColumn() == 1 && m.getLastColumn() == 7),
                "a long value spans the figure columns instead of widening one");
    }

    @Test
    void readinessSheetFollowsTheAppendixOrder() {
        Sheet readiness = workbook.getSheet("Readiness Checklist");
        assertEquals("RDY-LEAD-01", text(readiness, 1, 1));
        assertEquals("Senior leadership and board", text(readiness, 1, 0));
        assertEquals("MET", text(readiness, 1, 4));
        List<String> order = TestAdvisor.get().knowledge().domain("READINESS").orElseThrow().items().stream()
                .map(i -> i.id())
                .toList();
        for (int r = 0; r < order.size(); r++) {
            assertEquals(order.get(r), text(readiness, r + 1, 1), "row " + (r + 1) + " in the checklist's own order");
        }
        int lonePeer = rowOf(readiness, 1, "RDY-PEER-03");
        assertEquals("GAP", text(readiness, lonePeer, 4));
        assertTrue(text(readiness, lonePeer, 6).startsWith("With 1 peer position(s) and no peer network"));
    }

    @Test
    void roleWorksheetShowsTheThreeAnswersAndFlagsAMismatchedActivity() {
        Sheet role = workbook.getSheet("Role Worksheet");
        assertEquals("Part of the peer's role?", text(role, 0, 3));
        assertEquals(
                TestAdvisor.get().knowledge().roleWorksheet().activities().size(),
                role.getLastRowNum(),
                "a row for every activity of the worksheet");
        int group = rowOf(role, 1, "ROLE-ACT-LEAD-PEER-GROUP");
        assertEquals("YES", text(role, group, 3));
        assertEquals("FITS ROLE: role.activities[0]", text(role, group, 6));
        int drugTest = rowOf(role, 1, "ROLE-ACT-ADMINISTER-DRUG-TEST");
        assertEquals("NO", text(role, drugTest, 3));
        assertEquals("YES", text(role, drugTest, 4));
        assertTrue(text(role, drugTest, 5).startsWith("YES ("), text(role, drugTest, 5));
        assertEquals("KEEP OUT: role.activities[1]", text(role, drugTest, 6));
        assertEquals(
                IndexedColors.ROSE.getIndex(),
                role.getRow(drugTest).getCell(6).getCellStyle().getFillForegroundColor());
        assertTrue(text(role, drugTest, 8).contains("All Rise Guidelines 2023"), text(role, drugTest, 8));
        int therapy = rowOf(role, 1, "ROLE-ACT-THERAPY-SESSION");
        assertEquals("", role.getRow(therapy).getCell(6).getStringCellValue(), "not in the program's role");
    }

    @Test
    void proposedDutiesShowWhatEachDutyMatchedAndTheVerdict() {
        Sheet duties = workbook.getSheet("Proposed Duties");
        assertEquals(
                List.of(
                        "#",
                        "From",
                        "Duty",
                        "Verdict",
                        "Matched worksheet activities (words)",
                        "Signals (words)",
                        "Why",
                        "Sources",
                        "Read as (who does what to whom)",
                        "Write instead"),
                headers(duties));
        assertEquals(4, duties.getLastRowNum(), "two listed activities and two free-text duties");
        int curfew = rowOf(duties, 2, "Report curfew violations to the judge");
        assertEquals("role.duties[0]", text(duties, curfew, 1));
        assertEquals("KEEP OUT", text(duties, curfew, 3));
        assertEquals(
                IndexedColors.ROSE.getIndex(),
                duties.getRow(curfew).getCell(3).getCellStyle().getFillForegroundColor());
        assertEquals("Compliance monitoring (report, curfew, violations)", text(duties, curfew, 5));
        String why = text(duties, curfew, 6);
        assertTrue(
                why.startsWith("Keep out of the peer role. Read as: the peer tells a judge, an officer or the team"
                                + " whether a participant complies")
                        && why.contains("Compliance monitoring (report, curfew, violations)"),
                why);
        assertTrue(
                text(duties, curfew, 7)
                        .contains("All Rise Guidelines 2023, Guideline 2, Implementation principle 3, line 253"),
                text(duties, curfew, 7));
        int unmatched = rowOf(duties, 1, "role.duties[1]");
        assertEquals(
                CellType.STRING,
                duties.getRow(unmatched).getCell(2).getCellType(),
                "user text never becomes a formula");
        assertEquals("=SUM(1,2) restock the break room", text(duties, unmatched, 2));
        assertEquals("NEEDS HUMAN REVIEW", text(duties, unmatched, 3));
        assertEquals("", text(duties, unmatched, 4));
    }

    private static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    @Test
    void actionPlanListsOpenFindingsWithEditableColumns() {
        XSSFSheet plan = workbook.getSheet("Action Plan");
        assertEquals("RDY-HR-05", text(plan, 1, 1));
        assertEquals(1.0, plan.getRow(1).getCell(0).getNumericCellValue());
        assertEquals("Not started", text(plan, 1, 8));
        long open = assessment.findings().stream()
                .filter(f -> f.status().isOpen() && !f.domain().equals("QUICK"))
                .count();
        assertEquals(open, assessment.actionPlan().size(), "open findings of scored domains only");
        assertTrue(assessment.actionPlan().stream().noneMatch(a -> a.findingId().startsWith("QA-")));
        assertEquals(open, plan.getLastRowNum());
        assertEquals(2, plan.getDataValidations().size());
        assertTrue(plan.getDataValidations().stream()
                .anyMatch(v -> List.of(v.getValidationConstraint().getExplicitListValues())
                        .contains("In progress")));
    }

    @Test
    void sourcesAndInputAsReceived() {
        Sheet sources = workbook.getSheet("Sources");
        assertEquals("LAPPA Toolkit 2021", text(sources, 1, 0));
        assertEquals(
                TestAdvisor.get().knowledge().sources().size() + 1,
                sources.getPhysicalNumberOfRows(),
                "a row for every registered source, under the headings");
        Sheet input = workbook.getSheet("Input");
        assertEquals("OH", text(input, rowOf(input, 0, "program.state"), 1));
        assertEquals("NO", text(input, rowOf(input, 0, "answers.RDY-HR-05"), 1));
    }

    @Test
    void userTextNeverBecomesAFormula() {
        Sheet input = workbook.getSheet("Input");
        var cell = input.getRow(rowOf(input, 0, "answers.RDY-LEAD-01.note")).getCell(1);
        assertEquals(CellType.STRING, cell.getCellType());
        assertTrue(cell.getStringCellValue().startsWith("=HYPERLINK"));
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                row.forEach(c -> assertTrue(
                        c.getCellType() != CellType.FORMULA
                                || c.getCellFormula().matches("ROUNDUP\\(A\\d+/[A-Z]\\$\\d+,0\\)"),
                        "only the what-if table holds formulas, and only ours: " + sheet.getSheetName() + " "
                                + c.getAddress()));
            }
        }
    }

    @Test
    void staffingPlanShowsTheFiguresTheWhatIfTableAndTheStateRow() {
        Sheet plan = workbook.getSheet("Staffing Plan");
        int limit = rowOf(plan, 0, "Caseload limit that governs this program");
        assertEquals(30.0, plan.getRow(limit).getCell(1).getNumericCellValue());
        assertTrue(text(plan, limit, 3)
                .startsWith("LAPPA Toolkit 2021, Chapter 2, Caseload Size, line 461: typically 20-30 per peer, a usual"
                        + " range"));
        int governs = rowOf(plan, 0, "CASELOAD-MAX-TREATMENT-COURT");
        assertTrue(text(plan, governs, 3).contains("Governs TREATMENT_COURT programs"), text(plan, governs, 3));
        int whatIf = rowOf(plan, 0, "What if: participants (edit these)");
        assertEquals("Peers needed at 20 per peer", text(plan, whatIf, 1));
        assertEquals("Peers needed at 30 per peer", text(plan, whatIf, 2));
        Row first = plan.getRow(whatIf + 2);
        assertEquals(5.0, first.getCell(0).getNumericCellValue());
        assertEquals(CellType.FORMULA, first.getCell(1).getCellType());
        assertEquals(1.0, first.getCell(1).getNumericCellValue(), "cached value: 5 participants need 1 peer");
        Row last = plan.getRow(whatIf + 13);
        assertEquals(60.0, last.getCell(0).getNumericCellValue());
        assertEquals(3.0, last.getCell(1).getNumericCellValue());
        assertEquals(2.0, last.getCell(2).getNumericCellValue());
        int state = rowOf(plan, 0, "State certification (Ohio)");
        assertEquals("Peer Recovery Supporter", text(plan, state + 1, 1));
        assertTrue(text(plan, rowOf(plan, 0, "Time in recovery, second source"), 1)
                .contains(
                        "LAPPA Toolkit 2021 (Ch. 3, Sobriety Requirements When Hiring, line 647) says Ohio requires"));
        assertEquals(
                "COVERED: Ohio Medicaid covers peer services (the state's row only; whether it pays in this program's"
                        + " setting and through its biller is the MEDICAID-STATE-COVERAGE finding)",
                text(plan, rowOf(plan, 0, "Medicaid, as the advisor reads it"), 1));
        assertTrue(rowOf(plan, 0, "Funding and help for a JAIL program") > state);
    }

    @Test
    void personalEthicsChecklistIsAToolWithDropDownsNotAScore() {
        XSSFSheet sheet = workbook.getSheet("Personal Ethics Checklist");
        assertEquals(
                List.of("#", "Section", "ID", "Statement", "Peer's rating", "Take to supervision?", "Notes", "Source"),
                headers(sheet));
        int statements =
                TestAdvisor.get().knowledge().personalChecklist().statements().size();
        assertEquals(statements, sheet.getLastRowNum(), "a row for every statement");
        assertEquals("Self", text(sheet, 1, 1));
        assertEquals("ETH-SELF-01", text(sheet, 1, 2));
        assertEquals("Not yet rated", text(sheet, 1, 4));
        assertEquals("Group/Organization", text(sheet, statements, 1));
        assertTrue(text(sheet, 1, 7).startsWith("LAPPA Toolkit 2021, Appendix G, Self, line 1407"), text(sheet, 1, 7));
        assertEquals(2, sheet.getDataValidations().size());
        assertTrue(sheet.getDataValidations().stream()
                .anyMatch(v -> List.of(v.getValidationConstraint().getExplicitListValues())
                        .contains("Working on it")));
        assertTrue(assessment.findings().stream().noneMatch(f -> f.id().matches("ETH-SELF-\\d+")), "never a finding");
    }

    @Test
    void ethicsSheetListsTheEthicsItemsInTheirGroups() {
        Sheet ethics = workbook.getSheet("Ethics and Boundaries");
        assertEquals("ETH-CONFIDENTIALITY", text(ethics, 1, 1));
        assertEquals("UNKNOWN", text(ethics, 1, 4));
        int informants = rowOf(ethics, 1, "ETH-NOT-INFORMANTS");
        assertEquals("GAP", text(ethics, informants, 4), "the curfew-report duty makes the peer an informant");
    }

    @Test
    void evaluationPlanListsEveryOutcomeDomainWithItsInstrumentsAndTheProgramsMeasures() throws Exception {
        Submission submission = TestAdvisor.read("""
                program: {name: Eval, setting: JAIL}
                facts:
                  evaluation:
                    trialPeriodMonths: 6
                    measures:
                      - {outcomeDomain: PERSONAL_SKILL_BUILDING, measure: Hope scale scores, instrument: RAS,
                         reviewedBy: steering group, status: PLANNED}
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge())
                .write(TestAdvisor.get().assess(submission, TestAdvisor.AS_OF), submission, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet plan = wb.getSheet("Evaluation Plan");
            assertEquals("6", text(plan, rowOf(plan, 0, "Trial period (months)"), 1));
            assertEquals("(not stated)", text(plan, rowOf(plan, 0, "Partner check-ins"), 1));
            var guide = TestAdvisor.get().knowledge().evaluationGuide();
            for (var domain : guide.outcomeDomains()) {
                int row = rowOf(plan, 0, domain.name());
                assertTrue(text(plan, row, 1).contains(domain.outcomes().get(0)), domain.id());
                assertTrue(text(plan, row, 9).contains(domain.citations().get(0).source()), domain.id());
            }
            int personal = rowOf(plan, 3, "Hope scale scores");
            assertTrue(text(plan, personal, 2).contains("RAS ("), text(plan, personal, 2));
            assertTrue(text(plan, personal, 4).startsWith("RAS ("), text(plan, personal, 4));
            assertEquals("steering group", text(plan, personal, 7));
            assertEquals("PLANNED", text(plan, personal, 8));
            String community = guide.outcomeDomains().get(1).name();
            assertEquals("", text(plan, rowOf(plan, 0, community), 3), "a domain with no measure has a row to fill");
            assertTrue(plan.getDataValidations().stream()
                    .anyMatch(v -> List.of(v.getValidationConstraint().getExplicitListValues())
                            .contains("REVIEWED")));
        }
    }

    @Test
    void summarySaysInOneLineThatNoAnswerDisagreesWithTheFacts() {
        XSSFSheet summary = workbook.getSheet("Summary");
        assertEquals(List.of(), assessment.answerDisagreements());
        int title = rowOf(summary, 0, "Answers that disagree with the facts");
        assertEquals(
                List.of("Item", "Answer (and its note)", "", "", "", "Facts alone", "Status taken"),
                cells(summary, title + 1));
        assertEquals(
                "none: every checklist answer agrees with the facts that settle its item", text(summary, title + 2, 0));
        assertEquals(title + 2, summary.getLastRowNum());
    }

    /** Facts that settle three answered items: two answers disagree with them, one agrees. */
    private static final String ANSWERS_AGAINST_FACTS = """
            program: {name: Answers Against Facts, setting: JAIL}
            facts:
              participationVoluntary: true
              fundingSources: [Opioid settlement funds]
              writtenRoleDescription: false
              settingSpecificJobDescription: false
            answers:
              ROLE-WRITTEN: YES
              ROLE-VOLUNTARY: YES
              STAFF-FUNDING: {answer: PARTIAL, note: Settlement money ends June 2028}
            """;

    @Test
    void summaryListsEachAnswerThatDisagreesWithTheFactsAndTheStatusTaken() throws Exception {
        Submission submission = TestAdvisor.read(ANSWERS_AGAINST_FACTS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge())
                .write(TestAdvisor.get().assess(submission, TestAdvisor.AS_OF), submission, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet summary = wb.getSheet("Summary");
            int title = rowOf(summary, 0, "Answers that disagree with the facts");
            assertEquals(
                    List.of("Item", "Answer (and its note)", "", "", "", "Facts alone", "Status taken"),
                    cells(summary, title + 1));
            assertEquals(List.of("ROLE-WRITTEN", "YES", "", "", "", "GAP", "GAP"), cells(summary, title + 2));
            assertEquals(
                    List.of("STAFF-FUNDING", "PARTIAL - Settlement money ends June 2028", "", "", "", "MET", "PARTIAL"),
                    cells(summary, title + 3));
            assertEquals(title + 3, summary.getLastRowNum(), "ROLE-VOLUNTARY's YES agrees with its facts");
            assertTrue(
                    summary.getMergedRegions().stream()
                            .anyMatch(m ->
                                    m.getFirstRow() == title + 3 && m.getFirstColumn() == 1 && m.getLastColumn() == 4),
                    "the answer and its note span columns B to E");
            Sheet findings = wb.getSheet("Findings");
            int funding = rowOf(findings, 0, "STAFF-FUNDING");
            assertEquals("PARTIAL", text(findings, funding, 4));
        }
    }

    @Test
    void theJsonListsEachAnswerThatDisagreesWithTheFacts() throws Exception {
        Assessment a = TestAdvisor.assess(ANSWERS_AGAINST_FACTS);
        JsonNode json = new ObjectMapper().readTree(AssessmentJson.toJson(a));
        assertEquals(new ObjectMapper().readTree("""
                        [{"id": "ROLE-WRITTEN", "answer": "YES", "byFacts": "GAP", "status": "GAP"},
                         {"id": "STAFF-FUNDING", "answer": "PARTIAL", "note": "Settlement money ends June 2028",
                          "byFacts": "MET", "status": "PARTIAL"}]
                        """), json.path("answerDisagreements"));
        JsonNode funding = null;
        for (JsonNode f : json.path("findings")) {
            if (f.path("id").asText().equals("STAFF-FUNDING")) {
                funding = f;
            }
        }
        assertNotNull(funding);
        assertEquals("PARTIAL", funding.path("status").asText());
        assertEquals(
                "[\"facts.fundingSources\",\"answers.STAFF-FUNDING\"]",
                funding.path("evidence").toString());
        assertTrue(
                funding.path("rationale")
                        .asText()
                        .contains("The checklist answered PARTIAL (note: Settlement money ends June 2028), less than"
                                + " the program's facts show: they alone would make this MET. The finding takes the"
                                + " less favourable of the two, PARTIAL, until the answer and the facts agree."),
                funding.path("rationale").asText());
    }

    /** The text of each of the first seven cells of a row ("" for a cell never written). */
    private static List<String> cells(Sheet sheet, int row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < 7; c++) {
            var cell = sheet.getRow(row).getCell(c);
            cells.add(cell == null ? "" : cell.getStringCellValue());
        }
        return cells;
    }
}
