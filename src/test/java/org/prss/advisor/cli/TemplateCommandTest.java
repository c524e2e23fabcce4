package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeScope;

/** {@code advisor template}, and assessing the filled-in workbook it writes. */
class TemplateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesATemplateForASettingAndAssessesItFilledIn() throws Exception {
        Path intake = dir.resolve("court.xlsx");
        CliRun run = CliRun.of("template", "--setting", "TREATMENT_COURT", "-o", intake.toString());
        assertEquals(0, run.exit(), run.err());
        var knowledge = TestAdvisor.get().knowledge();
        var scope = IntakeScope.of(knowledge, Setting.TREATMENT_COURT, null);
        assertTrue(scope.fields().size() < knowledge.intakeFields().size(), "some facts matter in other settings only");
        assertTrue(scope.questions().size() < knowledge.items().size(), "some items do not apply to a court");
        assertTrue(
                run.out()
                        .startsWith("Wrote " + intake + ": " + scope.fields().size() + " program fields, "
                                + scope.questions().size()
                                + " checklist questions for a TREATMENT_COURT program, 54 role activities."),
                run.out());
        try (InputStream in = Files.newInputStream(intake);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var checklist = wb.getSheet("Checklist");
            checklist.getRow(1).getCell(4).setCellValue("YES");
            wb.getSheet("Role").getRow(1).getCell(5).setCellValue("Administer random urine screens");
            try (OutputStream out = Files.newOutputStream(intake)) {
                wb.write(out);
            }
        }
        Path report = dir.resolve("report.xlsx");
        CliRun assess = CliRun.of("assess", intake.toString(), "-o", report.toString(), "--as-of", "2026-11-23");
        assertEquals(0, assess.exit(), assess.err());
        assertTrue(Files.exists(report));
        CliRun validate = CliRun.of("validate", intake.toString());
        assertEquals(
                intake + ": valid (1 answers, 0 role activities, 1 duties, 0 waivers)",
                validate.out().strip());
    }

    @Test
    void prefillsFromADescription() throws Exception {
        Path intake = dir.resolve("jail.xlsx");
        CliRun run = CliRun.of("template", "--from", "samples/jail-planning.yaml", "-o", intake.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("filled in from samples/jail-planning.yaml"), run.out());
        assertTrue(
                run.out().contains("checklist questions for a JAIL program"),
                "the sample's setting is kept: " + run.out());
        CliRun assess = CliRun.of(
                "assess", intake.toString(), "-o", dir.resolve("r.xlsx").toString(), "--as-of", "2026-11-23");
        assertTrue(
                assess.out()
                        .startsWith("Riverside County Jail Peer Recovery Pilot: NOT_READY (overall score "
                                + TestAdvisor.overallScore("jail-planning.yaml") + ")"),
                assess.out());
    }

    @Test
    void aBadWorkbookExitsTwoAndWritesNothing() throws Exception {
        Path intake = dir.resolve("bad.xlsx");
        assertEquals(0, CliRun.of("template", "-o", intake.toString()).exit());
        try (InputStream in = Files.newInputStream(intake);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            wb.setSheetName(wb.getSheetIndex("Role"), "Roles");
            try (OutputStream out = Files.newOutputStream(intake)) {
                wb.write(out);
            }
        }
        Path report = dir.resolve("never.xlsx");
        CliRun assess = CliRun.of("assess", intake.toString(), "-o", report.toString());
        assertEquals(2, assess.exit());
        assertTrue(assess.err().startsWith(intake + ": Role: sheet 'Role' is missing"), assess.err());
        assertFalse(assess.err().contains("Exception"), assess.err());
        assertFalse(Files.exists(report));
    }
}
