package org.prss.advisor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.IntakeTemplate;

/**
 * The intake workbook: generated from the knowledge base, read back into the same assessment, hardened against bad
 * files.
 */
class IntakeWorkbookTest {

    private static final Advisor ADVISOR = TestAdvisor.get();

    static byte[] template(Setting setting, Submission prefill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IntakeTemplate(ADVISOR.knowledge()).write(setting, prefill == null ? null : prefill.received(), out);
        return out.toByteArray();
    }

    private static byte[] edited(byte[] workbook, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null
                    && c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && value.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError(value + " not in " + sheet.getSheetName());
    }

    private static String problems(byte[] workbook) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ADVISOR.reader().read("intake.xlsx", workbook));
        return e.report();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jail-planning.yaml",
                "treatment-court-operating.json",
                "butler-county-jail.json",
                "role-troublesome-duties.yaml"
            })
    void everySampleGivesTheSameAssessmentThroughAPrefilledIntakeWorkbook(String sample) throws Exception {
        Submission direct = ADVISOR.reader().read(Path.of("samples", sample));
        Submission viaIntake = ADVISOR.reader().read("intake.xlsx", template(null, direct));
        assertEquals(direct.description(), viaIntake.description());
        assertEquals(
                AssessmentJson.toJson(ADVISOR.assess(direct, TestAdvisor.AS_OF)),
                AssessmentJson.toJson(ADVISOR.assess(viaIntake, TestAdvisor.AS_OF)));
        Submission again = ADVISOR.reader().read("again.xlsx", template(null, viaIntake));
        assertEquals(direct.description(), again.description(), "an older intake workbook pre-fills a new one");
    }

    private static final String MEASURES = """
            facts:
              evaluation:
                outcomeReview: QUARTERLY
                measures:
                  - {outcomeDomain: PERSONAL_SKILL_BUILDING, measure: Recovery assessment scores, instrument: RAS,
                     dataSource: peer contact notes, frequency: QUARTERLY, reviewedBy: program manager,
                     status: COLLECTING}
                  - {outcomeDomain: COMMUNITY_SKILL_BUILDING, measure: Participants employed at six months}
            """;

    @Test
    void measuresGoThroughTheEvaluationPlanSheetAndBack() throws Exception {
        Submission direct = ADVISOR.reader().read("m.yaml", MEASURES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] workbook = template(null, direct);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = wb.getSheet("Evaluation Plan");
            assertEquals(
                    "Recovery assessment scores", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("COLLECTING", sheet.getRow(1).getCell(6).getStringCellValue());
            assertEquals(
                    "Participants employed at six months",
                    sheet.getRow(2).getCell(1).getStringCellValue());
        }
        Submission viaIntake = ADVISOR.reader().read("intake.xlsx", workbook);
        assertEquals(direct.description(), viaIntake.description());
        assertEquals(2, viaIntake.description().facts().evaluation().measures().size());
    }

    @Test
    void aBadMeasureCellIsNamedWithItsSheetAndCell() throws Exception {
        Submission direct = ADVISOR.reader().read("m.yaml", MEASURES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] workbook = edited(template(null, direct), wb -> {
            Sheet sheet = wb.getSheet("Evaluation Plan");
            sheet.getRow(1).getCell(6).setCellValue("DONE");
            sheet.getRow(2).getCell(0).setCellValue("PERSONAL_SKILL_BUILDNG");
        });
        String report = problems(workbook);
        assertTrue(report.contains("Evaluation Plan!G2"), report);
        assertTrue(
                report.contains(
                        "Evaluation Plan!A3 (facts.evaluation.measures[1].outcomeDomain): 'PERSONAL_SKILL_BUILDNG'"
                                + " is not an outcome domain"),
                report);
        assertTrue(report.contains("did you mean PERSONAL_SKILL_BUILDING?"), report);
    }

    @Test
    void aWorkbookWithoutAnEvaluationPlanSheetStillReads() throws Exception {
        Submission direct = ADVISOR.reader().read("m.yaml", MEASURES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byte[] workbook = edited(template(null, direct), wb -> wb.removeSheetAt(wb.getSheetIndex("Evaluation Plan")));
        Submission read = ADVISOR.reader().read("old.xlsx", workbook);
        assertEquals(null, read.description().facts().evaluation().measures());
        assertEquals(
                org.prss.advisor.model.Frequency.QUARTERLY,
                read.description().facts().evaluation().outcomeReview());
    }

    @Test
    void aBlankTemplateReadsAsAnEmptyDescription() throws Exception {
        Submission blank = ADVISOR.reader().read("intake.xlsx", template(null, null));
        assertTrue(blank.description().answers().isEmpty());
        assertTrue(blank.description().role().duties().isEmpty());
        assertEquals(null, blank.description().program().getSetting());
    }

    @Test
    void theTemplateIsGeneratedFromTheKnowledgeBase() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(null, null)))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(
                    List.of("Instructions", "Program", "Checklist", "Role", "Evaluation Plan", "Lists", "Waivers"),
                    names);
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("Lists")));
            XSSFSheet program = wb.getSheet("Program");
            assertEquals(ADVISOR.knowledge().intakeFields().size(), program.getLastRowNum());
            int caseload = rowOf(program, 4, "facts.caseloadPerPeer");
            assertTrue(program.getRow(caseload)
                    .getCell(2)
                    .getStringCellValue()
                    .startsWith("Participants each peer works with"));
            assertTrue(program.getRow(caseload)
                    .getCell(2)
                    .getStringCellValue()
                    .contains("A whole number of participants per peer"));
            assertTrue(program.getRow(caseload)
                    .getCell(3)
                    .getStringCellValue()
                    .contains("STAFF-CASELOAD Caseload within the limit"));
            assertTrue(program.getDataValidations().stream()
                    .anyMatch(v -> List.of(
                                    v.getValidationConstraint().getExplicitListValues() == null
                                            ? new String[0]
                                            : v.getValidationConstraint().getExplicitListValues())
                            .contains("TREATMENT_COURT")));
            assertEquals(
                    TestAdvisor.get().knowledge().items().size(),
                    wb.getSheet("Checklist").getLastRowNum(),
                    "every item");
            assertEquals(
                    "ROLE-ACT-STIGMA-TALK",
                    wb.getSheet("Role").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aSettingTemplateAsksOnlyWhatCanApply() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(Setting.TREATMENT_COURT, null)))) {
            Sheet checklist = wb.getSheet("Checklist");
            List<String> ids = new ArrayList<>();
            checklist.forEach(r -> ids.add(r.getCell(2).getStringCellValue()));
            assertTrue(ids.contains("ROLE-STAFFING"));
            assertFalse(ids.contains("STAFF-FACILITY-RATIO"));
            assertTrue(ids.stream().noneMatch(id -> id.startsWith("INC-")));
            long limitedElsewhere = ADVISOR.knowledge().items().stream()
                    .filter(i -> !i.settings().isEmpty() && !i.settings().contains(Setting.TREATMENT_COURT))
                    .count();
            assertEquals(
                    34,
                    limitedElsewhere,
                    "13 incarcerated-peer items, the program lead, the dos and don'ts, facility ratio, staffing review,"
                            + " clearance, team meetings, private sessions, 8 reentry items, the facility's own and"
                            + " external stakeholders, frontline staff, security and recovery, facility policy, the"
                            + " yearly audit");
            assertEquals(TestAdvisor.get().knowledge().items().size() - limitedElsewhere, checklist.getLastRowNum());
            Sheet program = wb.getSheet("Program");
            assertEquals(
                    "TREATMENT_COURT",
                    program.getRow(rowOf(program, 4, "program.setting"))
                            .getCell(1)
                            .getStringCellValue());
            List<String> fields = new ArrayList<>();
            program.forEach(r -> fields.add(r.getCell(4).getStringCellValue()));
            assertTrue(fields.contains("facts.peersAttendStaffing"));
            assertFalse(fields.contains("facts.averageDailyPopulation"), "a jail and prison fact");
            assertFalse(fields.contains("facts.mentalHealthProgram"), "it decides only the facility ratio");
            assertFalse(fields.contains("facts.reentry.linkageAgreement"), "it decides only a reentry item");
            assertFalse(fields.contains("facts.partners.frontlineStaffInvolved"), "frontline security staff");
            assertTrue(fields.contains("facts.partners.moudProvider"), "a partner item applies everywhere");
            assertEquals(
                    ADVISOR.knowledge().intakeFields().size() - 6,
                    program.getLastRowNum(),
                    "population, mental-health program, the three reentry facts, frontline staff");
        }
    }

    @Test
    void aFactThatMattersInSomeSettingsOnlySaysSoInTheTemplateForEverySetting() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(null, null)))) {
            Sheet program = wb.getSheet("Program");
            assertTrue(program.getRow(rowOf(program, 4, "facts.averageDailyPopulation"))
                    .getCell(2)
                    .getStringCellValue()
                    .endsWith(" Only for JAIL and PRISON programs."));
            assertTrue(program.getRow(rowOf(program, 4, "facts.graduatesHiredAsPeers"))
                    .getCell(2)
                    .getStringCellValue()
                    .endsWith(" Only for TREATMENT_COURT programs."));
            assertEquals(
                    "Where the money for the peer positions comes from. Separate several with a semicolon (;).",
                    program.getRow(rowOf(program, 4, "facts.fundingSources"))
                            .getCell(2)
                            .getStringCellValue(),
                    "said once");
        }
    }

    @Test
    void aQuestionThatAppliesOnlyForSomeFactsSaysSoAndIsLeftOutWhenThePrefillRulesItOut() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(Setting.PRISON, null)))) {
            Sheet checklist = wb.getSheet("Checklist");
            assertTrue(checklist
                    .getRow(rowOf(checklist, 2, "INC-RESPITE"))
                    .getCell(3)
                    .getStringCellValue()
                    .endsWith("\nOnly if Employment model (Program sheet) is INCARCERATED_PEER."));
            assertTrue(checklist
                    .getRow(rowOf(checklist, 2, "MEDICAID-SUPERVISION"))
                    .getCell(3)
                    .getStringCellValue()
                    .endsWith("\nOnly if Medicaid billing planned (Program sheet) is Yes."));
        }
        Submission employees = TestAdvisor.read("""
                program: {setting: PRISON}
                facts: {employmentModel: AGENCY_EMPLOYEE, medicaidBillingPlanned: false}
                answers: {INC-RESPITE: {answer: NO, note: kept since it was given}}
                """);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(null, employees)))) {
            List<String> ids = new ArrayList<>();
            wb.getSheet("Checklist").forEach(r -> ids.add(r.getCell(2).getStringCellValue()));
            assertTrue(ids.contains("INC-RESPITE"), "an answered question is never dropped");
            assertFalse(ids.contains("INC-WAGES-HOURS"), "ruled out: the peers are agency employees");
            assertFalse(ids.contains("PAY-CONTRACT-RISK"));
            assertFalse(ids.contains("MEDICAID-SUPERVISION"));
            assertTrue(ids.contains("RDY-LEAD-06"));
            assertFalse(ids.contains("ROLE-STAFFING"), "the prefill's setting is kept: a treatment-court item");
        }
    }

    @Test
    void everyCellProblemAndEverySchemaAndIdProblemComeInOnePassInCellOrder() throws Exception {
        byte[] wb = edited(template(null, null), w -> {
            Row waiver = w.getSheet("Waivers").getRow(1);
            waiver.getCell(0).setCellValue("RDY-SUP-2");
            waiver.getCell(1).setCellValue("Budget next year");
            waiver.getCell(2).setCellValue("Director");
            waiver.getCell(3).setCellValue(java.time.LocalDate.of(2027, 6, 30));
            Sheet checklist = w.getSheet("Checklist");
            checklist.getRow(rowOf(checklist, 2, "RDY-HR-01")).getCell(4).setCellValue("Partal");
            setProgram(w, "facts.hoursPerWeek", c -> c.setCellValue(90));
            setProgram(w, "program.state", c -> c.setCellValue("Ohio"));
            setProgram(w, "facts.caseloadPerPeer", c -> c.setCellValue("twenty"));
        });
        List<String> lines = problems(wb).lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(
                lines.get(0).startsWith("intake.xlsx: Program!B4 (program.state): 'Ohio' has the wrong form"),
                lines.get(0));
        assertEquals("intake.xlsx: Program!B11 (facts.hoursPerWeek): must be at most 80, found 90", lines.get(1));
        assertEquals(
                "intake.xlsx: Program!B13: expected a number (Caseload per peer), found text 'twenty'", lines.get(2));
        assertTrue(
                lines.get(3)
                        .matches("intake\\.xlsx: Checklist!E\\d+: 'Partal' is not an answer \\(did you mean "
                                + "PARTIAL\\?\\)"),
                lines.get(3));
        assertEquals(
                "intake.xlsx: Waivers!A2 (waivers[0].findingId): 'RDY-SUP-2' is not an item in the knowledge base"
                        + " (did you mean RDY-SUP-02?)",
                lines.get(4));
    }

    @Test
    void aLowerCaseStateAndANoteWithoutAnAnswerAreReadAndSaidSo() throws Exception {
        byte[] wb = edited(template(null, null), w -> {
            setProgram(w, "program.state", c -> c.setCellValue("pa"));
            Sheet checklist = w.getSheet("Checklist");
            checklist.getRow(rowOf(checklist, 2, "RDY-HR-01")).getCell(5).setCellValue("Drafting with HR");
        });
        Submission read = ADVISOR.reader().read("intake.xlsx", wb);
        assertEquals("PA", read.description().program().state());
        assertEquals(
                AnswerValue.UNKNOWN,
                read.description().answers().get("RDY-HR-01").answer());
        assertEquals(
                "Drafting with HR",
                read.description().answers().get("RDY-HR-01").note());
        List<String> notices = read.noticeLines();
        assertEquals(2, notices.size(), notices.toString());
        assertEquals("intake.xlsx: Program!B4: read 'pa' as PA", notices.get(0));
        assertTrue(
                notices.get(1)
                        .matches("intake\\.xlsx: Checklist!E\\d+: a note without an answer, read as UNKNOWN with its "
                                + "note"),
                notices.get(1));
    }

    @Test
    void everySchemaFieldHasAnIntakeFieldAndNoMore() {
        List<String> schema = SchemaFields.load().leafPaths();
        List<String> intake = ADVISOR.knowledge().intakeFields().stream()
                .map(IntakeField::path)
                .toList();
        assertEquals(schema.stream().sorted().toList(), intake.stream().sorted().toList());
    }

    // Bad workbooks: each names the sheet and cell.

    private static void setProgram(XSSFWorkbook wb, String path, Consumer<Cell> set) {
        Sheet program = wb.getSheet("Program");
        set.accept(program.getRow(rowOf(program, 4, path)).getCell(1));
    }

    @Test
    void aNumberFieldHoldingTextNamesTheCell() throws Exception {
        byte[] wb = edited(
                template(null, null), w -> setProgram(w, "facts.caseloadPerPeer", c -> c.setCellValue("twenty")));
        assertEquals(
                "intake.xlsx: Program!B13: expected a number (Caseload per peer), found text 'twenty'", problems(wb));
    }

    @Test
    void anUnknownDropDownValueSuggestsTheNearest() throws Exception {
        byte[] wb = edited(template(null, null), w -> setProgram(w, "program.setting", c -> c.setCellValue("Jial")));
        assertEquals(
                "intake.xlsx: Program!B5: 'Jial' is not one of the choices (Setting) (did you mean JAIL?)",
                problems(wb));
    }

    @Test
    void aFormulaIsRefusedNotEvaluated() throws Exception {
        byte[] wb = edited(template(null, null), w -> {
            Sheet checklist = w.getSheet("Checklist");
            checklist.getRow(rowOf(checklist, 2, "RDY-HR-01")).getCell(4).setCellFormula("CONCATENATE(\"Y\",\"ES\")");
        });
        String report = problems(wb);
        assertTrue(
                report.matches("intake\\.xlsx: Checklist!E\\d+: is a formula; formulas are not read \\(type the value "
                        + "itself\\)"),
                report);
    }

    @Test
    void aMissingOrRenamedSheetIsNamed() throws Exception {
        byte[] wb = edited(template(null, null), w -> w.setSheetName(w.getSheetIndex("Program"), "Programme"));
        assertEquals(
                "intake.xlsx: Program: sheet 'Program' is missing (the workbook has: Instructions, Programme, "
                        + "Checklist,"
                        + " Role, Evaluation Plan, Lists, Waivers) (start from ./advisor template and keep its sheet "
                        + "names)",
                problems(wb));
        byte[] noWaivers = edited(template(null, null), w -> w.removeSheetAt(w.getSheetIndex("Waivers")));
        assertTrue(problems(noWaivers).startsWith("intake.xlsx: Waivers: sheet 'Waivers' is missing"));
    }

    @Test
    void anEditedHeaderIsNamed() throws Exception {
        byte[] wb = edited(
                template(null, null),
                w -> w.getSheet("Checklist").getRow(0).getCell(4).setCellValue("Reply"));
        assertEquals(
                "intake.xlsx: Checklist!E1: expected the header 'Answer', found 'Reply' (do not edit the header rows)",
                problems(wb));
    }

    @Test
    void anUnknownItemIdIsNamedWithTheNearest() throws Exception {
        byte[] wb = edited(template(null, null), w -> {
            Row row = w.getSheet("Checklist").getRow(1);
            row.getCell(2).setCellValue("RDY-LEAD-1");
            row.getCell(4).setCellValue("YES");
        });
        assertEquals(
                "intake.xlsx: Checklist!C2: 'RDY-LEAD-1' is not an item in the knowledge base (did you mean "
                        + "RDY-LEAD-01?)",
                problems(wb));
    }

    @Test
    void aSchemaProblemIsReportedAtTheCellItCameFrom() throws Exception {
        byte[] state = edited(template(null, null), w -> setProgram(w, "program.state", c -> c.setCellValue("Ohio")));
        assertEquals(
                "intake.xlsx: Program!B4 (program.state): 'Ohio' has the wrong form (use the two-letter code in "
                        + "capitals,"
                        + " such as OH or TX)",
                problems(state));
        byte[] wb = edited(template(null, null), w -> {
            Row waiver = w.getSheet("Waivers").getRow(1);
            waiver.getCell(0).setCellValue("RDY-HR-99");
            waiver.getCell(1).setCellValue("Budget next year");
            waiver.getCell(2).setCellValue("Director");
            waiver.getCell(3).setCellValue(java.time.LocalDate.of(2027, 6, 30));
        });
        String report = problems(wb);
        assertTrue(
                report.startsWith("intake.xlsx: Waivers!A2 (waivers[0].findingId): 'RDY-HR-99' is not an item"),
                report);
    }

    @Test
    void aWaiverExpiryThatIsNotADateIsNamed() throws Exception {
        byte[] wb = edited(template(null, null), w -> {
            Row waiver = w.getSheet("Waivers").getRow(2);
            waiver.getCell(0).setCellValue("RDY-HR-01");
            waiver.getCell(1).setCellValue("x");
            waiver.getCell(2).setCellValue("y");
            waiver.getCell(3).setCellValue("next June");
        });
        assertEquals(
                "intake.xlsx: Waivers!D3: expected a date, found 'next June' (enter a date such as 2027-06-30)",
                problems(wb));
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
        }
        assertTrue(problems(out.toByteArray())
                .startsWith("intake.xlsx: (file): is not a readable Excel workbook (.xlsx): "));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 200_000, "a small file that inflates to 40 MB");
        assertEquals(
                "intake.xlsx: (file): is refused as a zip bomb: a part of it would inflate past 20 MB, or more than"
                        + " 100-fold (save the intake as an Excel workbook (.xlsx), or give a JSON or YAML"
                        + " description)",
                problems(out.toByteArray()));
    }

    @Test
    void anOldXlsFileAndAnOversizedWorkbookAreRefused() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertEquals(
                "intake.xlsx: (file): is an old-format Excel workbook (.xls) (save it as an Excel workbook (.xlsx) "
                        + "and try again)",
                problems(xls));
        byte[] huge = new byte[(int) IntakeReader.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        assertEquals("intake.xlsx: (file): the workbook is larger than 10 MB", problems(huge));
    }
}
