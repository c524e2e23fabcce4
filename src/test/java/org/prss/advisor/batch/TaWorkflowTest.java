package org.prss.advisor.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.compare.Progress;
import org.prss.advisor.compare.SnapshotReader;
import org.prss.advisor.engine.ReadingChoices;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Status;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.IntakeTemplate;

/** The TA provider's workflow: a batch over a folder, the portfolio, and progress between two assessments. */
class TaWorkflowTest {

    @TempDir
    Path dir;

    private static String cell(Sheet sheet, int row, int col) {
        Cell c = sheet.getRow(row).getCell(col);
        return c == null
                ? ""
                : c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? String.valueOf(c.getNumericCellValue())
                        : c.getStringCellValue();
    }

    private Path folder() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples/jail-planning.yaml"), plans.resolve("a-jail.yaml"));
        Files.copy(Path.of("samples/treatment-court-operating.json"), plans.resolve("b-court.json"));
        Files.writeString(plans.resolve("c-broken.json"), "{\"facts\": {\"caseloadPerPeer\": \"twenty\"}}");
        Submission butler = TestAdvisor.get().reader().read(Path.of("samples/butler-county-jail.json"));
        try (OutputStream out = Files.newOutputStream(plans.resolve("d-butler-intake.xlsx"))) {
            new IntakeTemplate(TestAdvisor.get().knowledge()).write(null, butler.received(), out);
        }
        Files.writeString(plans.resolve("notes.txt"), "not a plan");
        return plans;
    }

    private List<PlanResult> batch(Path plans, Path out) throws Exception {
        List<PlanFolder.Plan> files = PlanFolder.scan(plans, out, false).plans();
        return new BatchRunner(TestAdvisor.get(), 2).run(files, out, TestAdvisor.AS_OF, r -> {});
    }

    @Test
    void aFolderGivesOneRowPerPlanAndAnErrorRowForTheInvalidOne() throws Exception {
        Path plans = folder();
        Path out = dir.resolve("out");
        List<PlanResult> results = batch(plans, out);
        assertEquals(
                List.of("a-jail.yaml", "b-court.json", "c-broken.json", "d-butler-intake.xlsx"),
                results.stream().map(r -> r.file().getFileName().toString()).toList());
        assertTrue(Files.exists(out.resolve("a-jail-assessment.xlsx")));
        assertTrue(Files.exists(out.resolve("d-butler-intake-assessment.json")));
        assertFalse(Files.exists(out.resolve("c-broken-assessment.xlsx")));
        Path portfolio = out.resolve("portfolio.xlsx");
        try (OutputStream o = Files.newOutputStream(portfolio)) {
            new PortfolioWorkbook(TestAdvisor.get().knowledge()).write(results, out, o);
        }
        try (InputStream in = Files.newInputStream(portfolio);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet rows = wb.getSheet("Portfolio");
            assertEquals(results.size(), rows.getLastRowNum(), "a row for every plan");
            assertEquals("a-jail.yaml", cell(rows, 1, 0));
            assertEquals("a-jail-assessment.xlsx", cell(rows, 1, 1), "the row points at the workbook written");
            assertEquals(
                    "a-jail-assessment.xlsx",
                    rows.getRow(1).getCell(1).getHyperlink().getAddress());
            assertEquals("NOT_READY", cell(rows, 1, 4));
            assertEquals(String.valueOf(TestAdvisor.overallScore("jail-planning.yaml")), cell(rows, 1, 5));
            assertEquals("READY", cell(rows, 2, 4));
            assertEquals("ERROR", cell(rows, 3, 4));
            int errorColumn = rows.getRow(0).getLastCellNum() - 1;
            assertEquals("Error", cell(rows, 0, errorColumn));
            assertEquals(
                    "facts.caseloadPerPeer: expected integer, found string \"twenty\"", cell(rows, 3, errorColumn));
            assertEquals(
                    "Butler County jail peer recovery services (case study)", cell(rows, 4, 2), "the intake workbook");
            int waived = java.util.stream.IntStream.range(0, errorColumn)
                    .filter(c -> cell(rows, 0, c).equals("Waived"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("1.0", cell(rows, 1, waived));
            Sheet gaps = wb.getSheet("Common Gaps");
            assertEquals("Plans with a gap", cell(gaps, 0, 4));
            assertTrue(
                    Double.parseDouble(cell(gaps, 1, 4)) >= Double.parseDouble(cell(gaps, 2, 4)), "most common first");
            assertEquals("3.0", cell(gaps, 1, 7), "three plans assessed");
            List<String> expected = new ArrayList<>(List.of("Portfolio", "Common Gaps"));
            TestAdvisor.get().knowledge().domains().forEach(d -> expected.add(d.sheet()));
            assertEquals(expected, sheetNames(wb), "a sheet per domain, in the rule set's order");
            assertTrue(
                    expected.containsAll(List.of("Evaluation Checklist", "Reentry and Access")), expected.toString());
            assertEquals("RDY-LEAD-01", cell(wb.getSheet("Readiness Checklist"), 0, 1));
        }
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void twoRunsOverOneFolderGiveTheSamePortfolio() throws Exception {
        Path plans = folder();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new PortfolioWorkbook(TestAdvisor.get().knowledge())
                .write(batch(plans, dir.resolve("o1")), dir.resolve("o1"), first);
        new PortfolioWorkbook(TestAdvisor.get().knowledge())
                .write(batch(plans, dir.resolve("o2")), dir.resolve("o2"), second);
        assertEquals(contents(first.toByteArray()), contents(second.toByteArray()));
    }

    private static String contents(byte[] workbook) throws Exception {
        StringBuilder s = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(c -> s.append(c.toString()).append('|'));
                    s.append('\n');
                }
            }
        }
        return s.toString();
    }

    @Test
    void compareListsExactlyTheClosedAndNewGaps() throws Exception {
        Submission before = TestAdvisor.get().reader().read(Path.of("samples/jail-planning.yaml"));
        String improved = Files.readString(Path.of("samples/jail-planning.yaml"))
                .replace("RDY-HR-05: NO", "RDY-HR-05: YES")
                .replace("    educational: NONE", "    educational: EXTERNAL_PEER_ORGANIZATION")
                .replace("    supportive: NONE", "    supportive: EXTERNAL_PEER_ORGANIZATION")
                .replace("  RDY-LEAD-08: YES", "  RDY-LEAD-08: NO");
        Submission after = TestAdvisor.get().reader().read("after.yaml", improved.getBytes());
        Path beforeJson = dir.resolve("before.json");
        Files.writeString(beforeJson, AssessmentJson.toJson(TestAdvisor.get().assess(before, TestAdvisor.AS_OF)));
        Path afterWorkbook = dir.resolve("after.xlsx");
        try (OutputStream o = Files.newOutputStream(afterWorkbook)) {
            new AssessmentWorkbook(TestAdvisor.get().knowledge())
                    .write(TestAdvisor.get().assess(after, TestAdvisor.AS_OF), after, o);
        }
        Progress p = Progress.between(SnapshotReader.read(beforeJson), SnapshotReader.read(afterWorkbook));
        assertEquals(
                List.of("RDY-HR-05", "SUP-EXTERNAL"),
                p.closedGaps().stream().map(Progress.Change::id).toList());
        assertEquals(
                List.of("RDY-LEAD-08"),
                p.newGaps().stream().map(Progress.Change::id).toList());
        assertEquals(Status.MET, p.closedGaps().get(0).after());
        assertTrue(
                p.statusChanges().stream()
                        .anyMatch(c ->
                                c.id().equals("RDY-SUP-01") && c.before() == Status.PARTIAL && c.after() == Status.MET),
                p.statusChanges().toString());
        assertNull(p.ruleSetNote(), "same rule set");
        Progress.ScoreChange overall = p.scores().get(p.scores().size() - 1);
        assertEquals("OVERALL", overall.domain());
        assertTrue(overall.delta() != null);
    }

    @Test
    void compareNotesADifferentReading() throws Exception {
        String description = """
                {"program": {"name": "Eastside", "state": "WA", "setting": "LAW_ENFORCEMENT"},
                 "facts": {"medicaidBillingPlanned": true, "medicaidBillingProvider": "JUSTICE_AGENCY"}}""";
        Submission police = TestAdvisor.get().reader().read("police", description.getBytes(StandardCharsets.UTF_8));
        Advisor chosen = TestAdvisor.get()
                .withReadings(ReadingChoices.parse(
                        TestAdvisor.get().knowledge(),
                        List.of("MEDICAID-NON-CLINICAL-SETTING=STATE-COVERAGE-SUFFICES")));
        Path before = Files.writeString(
                dir.resolve("default.json"),
                AssessmentJson.toJson(TestAdvisor.get().assess(police, TestAdvisor.AS_OF)));
        Path after = Files.writeString(
                dir.resolve("chosen.json"), AssessmentJson.toJson(chosen.assess(police, TestAdvisor.AS_OF)));
        Progress p = Progress.between(SnapshotReader.read(before), SnapshotReader.read(after));
        assertEquals(
                "The two assessments took different alternatives for declared readings (MEDICAID-NON-CLINICAL-SETTING:"
                        + " CONFIRM-UNLESS-CLINICAL-BILLER before, STATE-COVERAGE-SUFFICES after): some changes may"
                        + " come from the reading, not the program.",
                p.ruleSetNote());
        assertTrue(
                p.statusChanges().stream().anyMatch(c -> c.id().equals("MEDICAID-STATE-COVERAGE")),
                p.statusChanges().toString());
    }

    @Test
    void compareNotesADifferentRuleSet() throws Exception {
        Submission jail = TestAdvisor.get().reader().read(Path.of("samples/jail-planning.yaml"));
        String json = AssessmentJson.toJson(TestAdvisor.get().assess(jail, TestAdvisor.AS_OF));
        Path before = Files.writeString(dir.resolve("old.json"), json);
        ObjectNode older = (ObjectNode) new ObjectMapper().readTree(json);
        ((ObjectNode) older.get("ruleSet")).put("version", "0.1.0").put("hash", "abc");
        Path after = Files.writeString(dir.resolve("new.json"), older.toString());
        Progress p = Progress.between(SnapshotReader.read(before), SnapshotReader.read(after));
        assertEquals(
                "The two assessments used different rule sets ("
                        + TestAdvisor.get().knowledge().ruleSet().version()
                        + " and 0.1.0): some changes may come from the rules,"
                        + " not the program.",
                p.ruleSetNote());
        assertTrue(p.statusChanges().isEmpty());
    }

    @Test
    void anExpiredWaiverIsReportedInTheWaiversSheet() throws Exception {
        Submission jail = TestAdvisor.get().reader().read(Path.of("samples/jail-planning.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(TestAdvisor.get().knowledge())
                .write(TestAdvisor.get().assess(jail, LocalDate.of(2027, 7, 1)), jail, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            Sheet waivers = wb.getSheet("Waivers");
            assertEquals("RDY-TEAM-01", cell(waivers, 1, 0));
            assertEquals("EXPIRED: no longer applies", cell(waivers, 1, 2));
            assertEquals("GAP", cell(waivers, 1, 3));
            assertEquals("2027-06-30", cell(waivers, 1, 7));
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("Assessment Data")));
        }
    }
}
