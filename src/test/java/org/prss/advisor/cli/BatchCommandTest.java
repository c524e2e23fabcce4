package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;

/**
 * {@code advisor batch}, {@code advisor compare} and the option checks of {@code advisor serve}, from the command line.
 */
class BatchCommandTest {

    @TempDir
    Path dir;

    @Test
    void batchShowsProgressAndExitsOneWhenAPlanCouldNotBeRead() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples/jail-planning.yaml"), plans.resolve("jail.yaml"));
        Files.writeString(plans.resolve("broken.json"), "{");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plans.toString(), "-o", out.toString(), "--as-of", "2026-11-23");
        assertEquals(1, run.exit(), run.err());
        assertTrue(
                run.err().contains("] jail.yaml: NOT_READY " + TestAdvisor.overallScore("jail-planning.yaml")),
                run.err());
        assertTrue(run.err().contains("] broken.json: ERROR "), run.err());
        assertTrue(run.out().startsWith("2 plans: 1 assessed, 1 could not be read, in "), run.out());
        assertTrue(Files.exists(out.resolve("portfolio.xlsx")));
        assertEquals(
                2,
                CliRun.of("batch", dir.resolve("nope").toString(), "-o", out.toString())
                        .exit());
    }

    @Test
    void aNonPositiveThreadCountOrWarmUpIsRefusedByName() {
        CliRun batch = CliRun.of("batch", "samples", "-o", dir.resolve("out").toString(), "--threads", "0");
        assertEquals(2, batch.exit());
        assertTrue(batch.err().startsWith("advisor: --threads must be at least 1, not 0"), batch.err());
        assertFalse(Files.exists(dir.resolve("out")));
        CliRun serve = CliRun.of("serve", "--port", "0", "--warm-up", "-5");
        assertEquals(2, serve.exit());
        assertTrue(serve.err().startsWith("advisor: --warm-up must be 0 or more seconds, not -5"), serve.err());
    }

    /** Assesses a plan as of a date into NAME.xlsx and NAME.json (which it returns), checking the command succeeds. */
    private Path assessed(Path plan, String name, String asOf) {
        Path json = dir.resolve(name + ".json");
        CliRun run = CliRun.writing(
                "assess", plan.toString(), dir.resolve(name + ".xlsx").toString(), json.toString(), asOf);
        assertEquals(0, run.exit(), run.err());
        return json;
    }

    @Test
    void compareTwoAssessmentJsonFiles() throws Exception {
        Path before = assessed(Path.of("samples/jail-planning.yaml"), "b", "2026-11-23");
        Path after = assessed(Path.of("samples/jail-planning.yaml"), "a", "2027-07-01");
        Path progress = dir.resolve("progress.xlsx");
        CliRun run =
                CliRun.of("compare", before.toString(), dir.resolve("a.xlsx").toString(), "-o", progress.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0 gaps closed, 1 new gaps, 1 status changes"), run.out());
        assertTrue(run.out().contains("  new     RDY-TEAM-01 MEDIUM (WAIVED -> GAP)"), run.out());
        assertTrue(Files.exists(progress));
        CliRun bad = CliRun.of("compare", "samples/jail-planning.yaml", after.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("samples/jail-planning.yaml: (file): "), bad.err());
    }

    @Test
    void plansSharingANameKeepTheirExtensionsAndThePortfolioLinksTheWorkbookOfEach() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples/jail-planning.yaml"), plans.resolve("jail.yaml"));
        Files.copy(Path.of("samples/butler-county-jail.json"), plans.resolve("Jail.json"));
        Files.writeString(plans.resolve("~$jail.xlsx"), "lock");
        Files.writeString(plans.resolve("notes.txt"), "not a plan");
        Files.copy(
                Path.of("samples/treatment-court-operating.json"),
                Files.createDirectories(plans.resolve("courts")).resolve("jail.json"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", plans.toString(), "-o", out.toString(), "--recursive", "--as-of", "2026-11-23");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("skipped ~$jail.xlsx: Excel's lock file for a workbook that is open"), run.err());
        assertTrue(run.err().contains("skipped notes.txt: not a plan"), run.err());
        assertTrue(run.out().startsWith("3 plans: 3 assessed, 0 could not be read, in "), run.out());
        assertTrue(
                Files.exists(out.resolve("Jail.json-assessment.xlsx")),
                "names that differ only in case collide on some disks");
        assertTrue(Files.exists(out.resolve("jail.yaml-assessment.json")));
        assertTrue(
                Files.exists(out.resolve("courts/jail-assessment.xlsx")), "a subfolder's plan has its own subfolder");
        try (InputStream in = Files.newInputStream(out.resolve("portfolio.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet rows = wb.getSheet("Portfolio");
            assertEquals("Workbook", rows.getRow(0).getCell(1).getStringCellValue());
            List<String> files = new ArrayList<>();
            List<String> links = new ArrayList<>();
            for (int r = 1; r <= rows.getLastRowNum(); r++) {
                files.add(rows.getRow(r).getCell(0).getStringCellValue());
                links.add(rows.getRow(r).getCell(1).getHyperlink().getAddress());
            }
            assertEquals(List.of("Jail.json", "jail.yaml", "courts/jail.json"), files);
            assertEquals(
                    List.of("Jail.json-assessment.xlsx", "jail.yaml-assessment.xlsx", "courts/jail-assessment.xlsx"),
                    links);
        }
    }

    @Test
    void compareCountsAGapAsClosedOnlyWhenItIsMetNotApplicableOrWaived() throws Exception {
        String jail = Files.readString(Path.of("samples/jail-planning.yaml"));
        Path before = assessed(Files.writeString(dir.resolve("b.yaml"), jail), "b", "2026-11-23");
        Path after = assessed(
                Files.writeString(
                        dir.resolve("a.yaml"),
                        jail.replace("RDY-HR-05: NO", "RDY-HR-05: UNKNOWN")
                                .replace("RDY-LEAD-02: NO", "RDY-LEAD-02: PARTIAL")
                                .replace(
                                        "supervisorTrainedInPeerSupport: false",
                                        "supervisorTrainedInPeerSupport: true")),
                "a",
                "2026-11-23");
        Path progress = dir.resolve("progress.xlsx");
        CliRun run = CliRun.of("compare", before.toString(), after.toString(), "-o", progress.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("  1 gaps closed, 0 new gaps, 3 status changes"), run.out());
        assertTrue(run.out().contains("  closed  RDY-SUP-03 HIGH (GAP -> MET)"), run.out());
        assertTrue(run.out().contains("  changed RDY-HR-05 CRITICAL (GAP -> UNKNOWN)"), run.out());
        assertTrue(run.out().contains("  changed RDY-LEAD-02 MEDIUM (GAP -> PARTIAL)"), run.out());
        try (InputStream in = Files.newInputStream(progress);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet summary = wb.getSheet("Summary");
            List<String> blocking = new ArrayList<>();
            for (var row : summary) {
                if (row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals("Still blocking READY")) {
                    blocking.add(row.getCell(1).getStringCellValue());
                }
            }
            double score = new ObjectMapper()
                    .readTree(after.toFile())
                    .at("/scores/overall")
                    .asDouble();
            assertEquals(
                    List.of("open critical gap(s): ROLE-COMPLIANCE", "overall score " + score + " is below 50"),
                    blocking);
            Sheet closed = wb.getSheet("Closed Gaps");
            assertEquals("Severity", closed.getRow(0).getCell(3).getStringCellValue());
            assertEquals("HIGH", closed.getRow(1).getCell(3).getStringCellValue());
            assertTrue(summary.getColumnWidth(1) <= 14 * 256, "figures sit under their own headings");
        }
    }
}
