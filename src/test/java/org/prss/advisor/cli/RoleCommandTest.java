package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionFiles;

/** {@code advisor role}: a policy writer's duty list or program description in, a focused role workbook out. */
class RoleCommandTest {

    @TempDir
    Path dir;

    @Test
    void reviewsTheTroublesomeSampleAndWritesTheFocusedWorkbookAndJson() throws Exception {
        Path xlsx = dir.resolve("role.xlsx");
        Path json = dir.resolve("role.json");
        CliRun run = CliRun.writing("role", "samples/role-troublesome-duties.yaml", xlsx.toString(), json.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        var role = TestAdvisor.get()
                .reader()
                .read(Path.of("samples/role-troublesome-duties.yaml"))
                .description()
                .role();
        int duties = role.activities().size() + role.duties().size();
        int keepOut = 0;
        for (JsonNode duty : doc.at("/duties")) {
            keepOut += duty.at("/verdict/fit").asText().equals("KEEP_OUT") ? 1 : 0;
        }
        assertTrue(keepOut > 0, "the sample's troublesome duties are kept out");
        assertTrue(
                run.out()
                        .startsWith(
                                "Riverside County Adult Drug Court (draft peer role): " + duties + " duties reviewed"),
                run.out());
        assertTrue(run.out().contains(String.format(Locale.ROOT, "  %-19s %d", "KEEP_OUT", keepOut)), run.out());
        assertTrue(run.out().contains("  ROLE-COMPLIANCE        GAP"), run.out());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            workbook.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Role Review", "Proposed Duties", "Role Worksheet", "Sources", "Input"), names);
            Sheet review = workbook.getSheet("Role Review");
            assertEquals("Peer Role Review", review.getRow(0).getCell(0).getStringCellValue());
            assertTrue(findRow(review, "KEEP OUT") > 0);
            assertEquals(
                    keepOut,
                    review.getRow(findRow(review, "KEEP OUT")).getCell(1).getNumericCellValue());
            assertEquals(
                    "GAP",
                    review.getRow(findRow(review, "ROLE-COMPLIANCE")).getCell(2).getStringCellValue());
            Sheet sheet = workbook.getSheet("Proposed Duties");
            assertEquals(duties, sheet.getLastRowNum(), "a row for every listed activity and duty");
            assertEquals(
                    "Drive participants to court dates",
                    sheet.getRow(5).getCell(2).getStringCellValue());
            assertEquals("CONDITIONAL", sheet.getRow(5).getCell(3).getStringCellValue());
        }
        assertEquals(TestAdvisor.itemCount("ROLE"), doc.at("/findings").size(), "a finding for every ROLE item");
        assertEquals("KEEP_OUT", doc.at("/duties/2/verdict/fit").asText());
        assertEquals(
                "ROLE-ACT-ADMINISTER-DRUG-TEST",
                doc.at("/duties/2/activities/0/activityId").asText());
        assertEquals("urine", doc.at("/duties/2/activities/0/words/2").asText());
        assertEquals(keepOut, doc.at("/dutyVerdicts/KEEP_OUT").asInt(), "a role review reports on the role");
        assertFalse(
                doc.has("verdict") || doc.has("scores") || doc.has("actionPlan"), "not a program's readiness: " + doc);
    }

    private static int findRow(Sheet sheet, String firstCell) {
        for (var row : sheet) {
            var cell = row.getCell(0);
            if (cell != null
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && cell.getStringCellValue().equals(firstCell)) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    @Test
    void aPlainTextDutyListIsReviewedLineByLine() throws Exception {
        Path duties = Files.writeString(dir.resolve("draft.txt"), """
                # draft
                - Facilitate a weekly recovery group
                - Restock the break room
                """);
        Path xlsx = dir.resolve("draft.xlsx");
        CliRun run = CliRun.of("role", duties.toString(), "-o", xlsx.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("FITS_ROLE    line 2             Facilitate a weekly recovery group"), run.out());
        assertTrue(run.out().contains("NEEDS_REVIEW line 3             Restock the break room"), run.out());
    }

    @Test
    void anEmptyDutyListExitsTwoAndWritesNothing() throws Exception {
        Path duties = Files.writeString(dir.resolve("empty.txt"), "\n\n");
        Path xlsx = dir.resolve("empty.xlsx");
        CliRun run = CliRun.of("role", duties.toString(), "-o", xlsx.toString());
        assertEquals(2, run.exit());
        assertEquals(
                duties + ": (file): no duties found (write one duty per line; lines starting with # are comments)",
                run.err().strip());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void anUnknownActivityIdInADescriptionExitsTwoWithTheNearestId() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.yaml"), "role: {activities: [ROLE-ACT-LEAD-PEER-GRUOP]}\n");
        CliRun run =
                CliRun.of("role", plan.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, run.exit());
        assertEquals(
                plan + ": role.activities[0]: 'ROLE-ACT-LEAD-PEER-GRUOP' is not a worksheet activity"
                        + " (did you mean ROLE-ACT-LEAD-PEER-GROUP?)",
                run.err().strip());
    }

    @Test
    void aWordJobDescriptionIsReviewedByItsDutySectionsAndListsTheSkippedOnes() throws Exception {
        Path docx = Files.write(
                dir.resolve("posting.docx"),
                JobDescriptionFiles.word()
                        .heading(1, "Summary")
                        .text("Supports people in recovery in the county jail.")
                        .heading(1, "Essential Functions")
                        .bullet("Facilitate a weekly recovery group")
                        .bullet("Administer random urine screens")
                        .heading(1, "Qualifications")
                        .bullet("Two years in recovery")
                        .bytes());
        Path xlsx = dir.resolve("posting.xlsx");
        Path json = dir.resolve("posting.json");
        CliRun run = CliRun.writing("role", docx.toString(), xlsx.toString(), json.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(
                run.out().contains("  FITS_ROLE    Essential Functions, item 1 Facilitate a weekly recovery group"),
                run.out());
        assertTrue(
                run.out().contains("  KEEP_OUT     Essential Functions, item 2 Administer random urine screens"),
                run.out());
        assertTrue(
                run.out()
                        .contains("Skipped sections (not duty lists, not reviewed):\n  Summary (1 line)\n"
                                + "  Qualifications (1 line)\n"),
                run.out());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet review = workbook.getSheet("Role Review");
            int header = findRow(review, "Skipped section");
            assertTrue(header > 0, "the Role Review sheet lists the skipped sections");
            assertEquals("Summary", review.getRow(header + 1).getCell(0).getStringCellValue());
            assertTrue(review.getRow(header + 1)
                    .getCell(1)
                    .getStringCellValue()
                    .contains("job-description-sections.yaml"));
            assertEquals("Qualifications", review.getRow(header + 2).getCell(0).getStringCellValue());
            assertEquals(
                    "Essential Functions, item 2",
                    workbook.getSheet("Proposed Duties").getRow(2).getCell(1).getStringCellValue());
        }
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals(
                "Essential Functions, item 2", doc.at("/duties/1/duty/origin").asText());
        assertEquals("KEEP_OUT", doc.at("/duties/1/verdict/fit").asText());
        assertEquals("Qualifications", doc.at("/skippedSections/1/heading").asText());
        assertEquals(1, doc.at("/skippedSections/1/lines").asInt());
    }

    @Test
    void anUnreadableJobDescriptionExitsTwoNamingTheFileAndWritesNothing() throws Exception {
        Path pdf = Files.write(dir.resolve("scan.pdf"), JobDescriptionFiles.scannedPdf());
        Path xlsx = dir.resolve("scan.xlsx");
        CliRun run = CliRun.of("role", pdf.toString(), "-o", xlsx.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith(pdf + ": (file): has no text layer"), run.err());
        assertFalse(Files.exists(xlsx));
        CliRun validate = CliRun.of("validate", pdf.toString());
        assertEquals(2, validate.exit());
        assertTrue(validate.err().startsWith(pdf + ": (file): has no text layer"), validate.err());
    }

    @Test
    void assessingAJobDescriptionPointsToTheRoleCommand() throws Exception {
        Path docx = Files.write(
                dir.resolve("posting.docx"),
                JobDescriptionFiles.word()
                        .heading(1, "Duties")
                        .bullet("Lead groups")
                        .bytes());
        CliRun run =
                CliRun.of("assess", docx.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, run.exit());
        assertEquals(
                docx
                        + ": (file): is a job description, not a program description (review its duties with: "
                        + "./advisor role "
                        + docx + ")",
                run.err().strip());
    }

    @Test
    void aJobDescriptionSavedWithoutItsExtensionIsToldByItsContent() throws Exception {
        Path saved = Files.write(
                dir.resolve("posting"),
                JobDescriptionFiles.word()
                        .heading(1, "Duties")
                        .bullet("Lead groups")
                        .bytes());
        CliRun assess = CliRun.of(
                "assess", saved.toString(), "-o", dir.resolve("x.xlsx").toString());
        assertEquals(2, assess.exit());
        assertEquals(
                saved + ": (file): is a job description, not a program description (review its duties with: "
                        + "./advisor role " + saved + ")",
                assess.err().strip(),
                "not POI's complaint about a workbook's styles");
        CliRun validate = CliRun.of("validate", saved.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertEquals(
                saved + ": valid (1 duties, 0 sections skipped)", validate.out().strip(), "read as the hint says");
    }
}
