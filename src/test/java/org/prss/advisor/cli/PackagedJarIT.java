package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionFiles;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeScope;

/**
 * The built jar run with {@code java -jar} in a fresh JVM, every command as a user runs it: the packaged rules load
 * from inside the jar, and each test asserts on what the process printed, so a command whose output is lost fails.
 */
class PackagedJarIT {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "advisor.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar finished");
        return new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void assessesASampleWithThePackagedRules() throws Exception {
        Path sample = Path.of("samples", "treatment-court-operating.json").toAbsolutePath();
        Result r = run("assess", sample.toString(), "--as-of", "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Lakeshore Adult Drug Court Peer Recovery Program: READY"), r.out());
        assertTrue(Files.size(dir.resolve("treatment-court-operating-assessment.xlsx")) > 5000);
    }

    @Test
    void aChosenReadingChangesTheVerdictAndTheWorkbookSaysWhichWasUsed() throws Exception {
        Path plan = dir.resolve("police.json");
        Files.writeString(plan, """
                {"program": {"name": "Eastside Police Peer Outreach", "state": "WA", "setting": "LAW_ENFORCEMENT"},
                 "facts": {"medicaidBillingPlanned": true, "medicaidBillingProvider": "JUSTICE_AGENCY"}}
                """);
        Result byDefault = run("assess", plan.toString(), "--json", "default.json", "-o", "default.xlsx");
        assertEquals(0, byDefault.exit(), byDefault.err());
        Result chosen = run(
                "assess",
                plan.toString(),
                "--reading",
                "MEDICAID-NON-CLINICAL-SETTING=STATE-COVERAGE-SUFFICES",
                "--json",
                "chosen.json",
                "-o",
                "chosen.xlsx");
        assertEquals(0, chosen.exit(), chosen.err());
        JsonNode before = finding(dir.resolve("default.json"), "MEDICAID-STATE-COVERAGE");
        JsonNode after = finding(dir.resolve("chosen.json"), "MEDICAID-STATE-COVERAGE");
        assertEquals("PARTIAL", before.get("status").asText());
        assertEquals("MET", after.get("status").asText());
        assertEquals(
                "MEDICAID-NON-CLINICAL-SETTING", before.at("/readings/0/id").asText());
        assertEquals(
                "CONFIRM-UNLESS-CLINICAL-BILLER",
                before.at("/readings/0/alternative").asText());
        assertEquals(
                "STATE-COVERAGE-SUFFICES", after.at("/readings/0/alternative").asText());
        assertTrue(after.at("/readings/0/chosenByUser").asBoolean());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("chosen.xlsx")))) {
            Sheet readings = wb.getSheet("Readings");
            assertEquals("Reading used", readings.getRow(0).getCell(4).getStringCellValue());
            Row row = readings.getRow(1);
            assertEquals("MEDICAID-NON-CLINICAL-SETTING", row.getCell(0).getStringCellValue());
            assertTrue(row.getCell(4).getStringCellValue().startsWith("STATE-COVERAGE-SUFFICES: "));
            assertEquals("the user (--reading)", row.getCell(5).getStringCellValue());
            assertEquals("MEDICAID-STATE-COVERAGE (MET)", row.getCell(8).getStringCellValue());
        }

        Result wrong = run("assess", plan.toString(), "--reading", "MEDICAID-NON-CLINICAL-SETTING=ALWAYS");
        assertEquals(2, wrong.exit());
        assertTrue(
                wrong.err()
                        .startsWith("advisor: --reading: reading MEDICAID-NON-CLINICAL-SETTING has no alternative"
                                + " 'ALWAYS'; its alternatives: CONFIRM-UNLESS-CLINICAL-BILLER,"),
                wrong.err());
        assertFalse(wrong.err().contains("Exception"), wrong.err());
        assertFalse(Files.exists(dir.resolve("police-assessment.xlsx")));
    }

    private static JsonNode finding(Path json, String id) throws IOException {
        for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError(id + " not in " + json);
    }

    @Test
    void invalidInputExitsTwoWithoutAStackTrace() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{\"facts\": {\"caseloadPerPeer\": \"twenty\"}}");
        Result r = run("assess", plan.toString());
        assertEquals(2, r.exit());
        assertEquals(
                plan + ": facts.caseloadPerPeer: expected integer, found string \"twenty\"",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("plan-assessment.xlsx")));
    }

    @Test
    void rulesCheckFromTheJar() throws Exception {
        Result r = run("rules", "check");
        assertEquals(0, r.exit(), r.err());
        assertTrue(
                r.out()
                        .startsWith("rules and checklists OK: "
                                + TestAdvisor.get().knowledge().items().size() + " items"),
                r.out());
    }

    @Test
    void reviewsARoleFromAPlainTextDutyList() throws Exception {
        Path duties = dir.resolve("duties.txt");
        Files.writeString(duties, "- Administer random urine screens\n- Facilitate a weekly recovery group\n");
        Result r = run("role", duties.toString(), "--as-of", "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("KEEP_OUT     line 1             Administer random urine screens"), r.out());
        assertTrue(Files.size(dir.resolve("duties-role-review.xlsx")) > 5000);
    }

    @Test
    void reviewsTheLibreOfficeJobDescriptionAsWordAndAsPdf() throws Exception {
        Path fixtures = Path.of("src", "test", "resources", "job-descriptions").toAbsolutePath();
        for (String name : List.of("peer-specialist-job-description.docx", "peer-specialist-job-description.pdf")) {
            Result r = run("role", fixtures.resolve(name).toString(), "--as-of", "2026-11-23");
            assertEquals(0, r.exit(), r.err());
            String page = name.endsWith(".pdf") ? ", page 1" : "";
            assertTrue(r.out().contains(": 7 duties reviewed"), r.out());
            assertTrue(
                    r.out()
                            .contains("KEEP_OUT     Essential Functions, item 4" + page
                                    + " Administer random urine screens and report the results to probation"),
                    r.out());
            assertTrue(
                    r.out()
                            .contains("CONDITIONAL  Duties and Responsibilities, item 3" + page
                                    + " Drive participants to court dates"),
                    r.out());
            assertTrue(r.out().contains("Skipped sections (not duty lists, not reviewed):"), r.out());
            assertTrue(
                    r.out().contains("  Qualifications (" + (page.isEmpty() ? "" : "page 1, ") + "2 lines)"), r.out());
            assertTrue(r.err().isEmpty(), "nothing on stderr, such as a logging warning: " + r.err());
        }
    }

    @Test
    void badJobDescriptionFilesExitTwoNamingTheFileWithoutAStackTrace() throws Exception {
        Path locked = Files.write(
                dir.resolve("locked.pdf"),
                JobDescriptionFiles.pdf()
                        .heading("Duties")
                        .bullet("Facilitate a weekly recovery group")
                        .encrypted("secret"));
        Path scan = Files.write(dir.resolve("scan.pdf"), JobDescriptionFiles.scannedPdf());
        Path noise = Files.write(dir.resolve("noise.docx"), JobDescriptionFiles.noise(2048));
        for (Path file : List.of(locked, scan, noise)) {
            Result r = run("role", file.toString());
            assertEquals(2, r.exit(), r.out() + r.err());
            assertTrue(r.err().startsWith(file + ": (file): "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        }
        assertTrue(run("role", locked.toString()).err().contains("password-protected"));
    }

    @Test
    void testPrintsEveryScenarioAndTheTally() throws Exception {
        Path scenarios = Path.of("src", "test", "scenarios").toAbsolutePath();
        Result r = run("test", scenarios.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        long printed = r.out().lines().filter(l -> l.startsWith("PASS  ")).count();
        assertTrue(printed >= 8, r.out());
        assertTrue(r.out().strip().endsWith(printed + " scenarios: " + printed + " passed, 0 failed"), r.out());
        Result json = run("test", scenarios.toString(), "--format", "json");
        assertEquals(0, json.exit(), json.err());
        assertEquals(
                printed, new ObjectMapper().readTree(json.out()).get("passed").asLong(), json.out());
        Result junit = run("test", scenarios.toString(), "--format", "junit");
        assertTrue(junit.out().startsWith("<?xml") && junit.out().strip().endsWith("</testsuites>"), junit.out());
    }

    @Test
    void testPrintsTheFailureOfTheWorkedExampleAgainstThePackagedRules() throws Exception {
        Result r = run("test", Path.of("docs", "examples").toAbsolutePath().toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL  ") && r.out().contains("STAFF-CASELOAD: expected GAP, actual MET"), r.out());
        assertTrue(r.out().strip().endsWith("2 scenarios: 1 passed, 1 failed"), r.out());
    }

    @Test
    void validateAndKnowledge() throws Exception {
        Path sample = Path.of("samples", "jail-planning.yaml").toAbsolutePath();
        Result valid = run("validate", sample.toString());
        assertEquals(0, valid.exit(), valid.err());
        assertTrue(valid.out().startsWith(sample + ": valid ("), valid.out());
        Result text = run("knowledge");
        assertEquals(0, text.exit(), text.err());
        assertTrue(
                text.out()
                        .strip()
                        .endsWith("rule set "
                                + TestAdvisor.get().knowledge().ruleSet().version()),
                text.out());
        Result json = run("knowledge", "--format", "json");
        JsonNode listing = new ObjectMapper().readTree(json.out());
        assertEquals(
                TestAdvisor.get().knowledge().items().size(),
                listing.get("items").size());
        assertEquals(
                TestAdvisor.get().knowledge().declaredReadings().size(),
                listing.get("readings").size());
        JsonNode reading = listing.at("/readings/0");
        assertEquals("reading", reading.get("kind").asText());
        assertEquals("MEDICAID-NON-CLINICAL-SETTING", reading.get("id").asText());
        assertEquals("line 565", reading.at("/citations/0/locator").asText());
        assertEquals("CONFIRM-UNLESS-CLINICAL-BILLER", reading.get("default").asText(), reading.toString());
    }

    @Test
    void templateBatchAndCompare() throws Exception {
        Result template = run("template", "--setting", "JAIL", "-o", "intake.xlsx");
        assertEquals(0, template.exit(), template.err());
        assertTrue(template.out().contains("intake.xlsx"), template.out());
        assertTrue(Files.size(dir.resolve("intake.xlsx")) > 5000);

        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples", "jail-planning.yaml"), plans.resolve("jail-planning.yaml"));
        Files.copy(
                Path.of("samples", "treatment-court-operating.json"), plans.resolve("treatment-court-operating.json"));
        Result batch = run("batch", plans.toString(), "-o", "out", "--as-of", "2026-11-23");
        assertEquals(0, batch.exit(), batch.err());
        assertTrue(batch.out().contains("portfolio.xlsx"), batch.out());
        assertTrue(Files.exists(dir.resolve("out").resolve("portfolio.xlsx")));

        Path jail = dir.resolve("out").resolve("jail-planning-assessment.json");
        Result compare = run("compare", jail.toString(), jail.toString(), "-o", "progress.xlsx");
        assertEquals(0, compare.exit(), compare.err());
        assertFalse(compare.out().isBlank(), "compare prints its summary");
        assertTrue(Files.size(dir.resolve("progress.xlsx")) > 5000);
    }

    // Issue 23: what a new user trips over, each class run as the user runs it.

    @Test
    void batchGivesEveryPlanItsOwnOutputsAndListsWhatItSkipped() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.copy(Path.of("samples", "jail-planning.yaml"), plans.resolve("jail.yaml"));
        Files.copy(Path.of("samples", "butler-county-jail.json"), plans.resolve("jail.json"));
        Files.writeString(plans.resolve("notes.csv"), "a,b\n");
        Files.copy(
                Path.of("samples", "treatment-court-operating.json"),
                Files.createDirectories(plans.resolve("court")).resolve("court.json"));
        Result flat = run("batch", "plans", "-o", "out", "--as-of", "2026-11-23");
        assertEquals(0, flat.exit(), flat.err());
        assertTrue(
                flat.err().contains("skipped notes.csv: not a plan (a batch reads .json, .yaml, .yml, .xlsx files)"),
                flat.err());
        assertTrue(
                flat.err().contains("skipped court/: a folder (add --recursive to assess the plans in subfolders)"),
                flat.err());
        assertTrue(flat.out().startsWith("2 plans: 2 assessed, 0 could not be read, in "), flat.out());
        assertTrue(flat.out().contains("; 2 skipped (listed above)"), flat.out());
        Path out = dir.resolve("out");
        assertTrue(
                Files.exists(out.resolve("jail.yaml-assessment.xlsx"))
                        && Files.exists(out.resolve("jail.json-assessment.xlsx")),
                "two plans named jail keep their extensions, so neither output replaces the other");
        assertFalse(Files.exists(out.resolve("jail-assessment.xlsx")));
        assertEquals(
                "Butler County jail peer recovery services (case study)",
                new ObjectMapper()
                        .readTree(out.resolve("jail.json-assessment.json").toFile())
                        .at("/program/name")
                        .asText());

        Result recursive = run("batch", "plans", "-o", "all", "--recursive", "--as-of", "2026-11-23");
        assertEquals(0, recursive.exit(), recursive.err());
        assertTrue(recursive.err().contains("] court/court.json: READY"), recursive.err());
        assertTrue(Files.exists(dir.resolve("all").resolve("court").resolve("court-assessment.xlsx")));
    }

    @Test
    void jsonDashWritesTheAssessmentToStandardOutput() throws Exception {
        Path sample = Path.of("samples", "jail-planning.yaml").toAbsolutePath();
        Result r = run("assess", sample.toString(), "--json", "-", "--as-of", "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertEquals(
                "NOT_READY",
                new ObjectMapper().readTree(r.out()).get("verdict").asText(),
                "standard output is the JSON alone");
        assertTrue(
                r.err().startsWith("Riverside County Jail Peer Recovery Pilot: NOT_READY"),
                "the summary goes to standard error");
        assertFalse(Files.exists(dir.resolve("-")), "no file named -");
    }

    @Test
    void aFileIsNamedForWhatItIsAndWhatTheCommandReads() throws Exception {
        Files.write(dir.resolve("intake.xlsx"), new byte[] {(byte) 0xA7, 0x12, (byte) 0xFF, 0x40, 0x33});
        Result corrupt = run("assess", "intake.xlsx");
        assertEquals(2, corrupt.exit());
        assertEquals(
                "intake.xlsx: (file): is named .xlsx but is not an Excel workbook: its content is binary data (open "
                        + "it in"
                        + " Excel and save it again as an Excel workbook (.xlsx))",
                corrupt.err().strip());
        Files.copy(Path.of("samples", "jail-planning.yaml"), dir.resolve("plan.yaml"));
        Result compare = run("compare", "plan.yaml", "plan.yaml");
        assertEquals(2, compare.exit());
        assertEquals(
                "plan.yaml: (file): is YAML text (a program description, say), not an assessment (compare takes two"
                        + " assessments, each the JSON from ./advisor assess --json or the workbook ./advisor assess "
                        + "writes; assess a"
                        + " plan or an intake workbook first)",
                compare.err().strip());
        Files.writeString(dir.resolve("duties.rtf"), "{\\rtf1\\ansi Facilitate a recovery group\\par}");
        Result role = run("role", "duties.rtf");
        assertEquals(2, role.exit());
        assertTrue(
                role.err()
                        .startsWith("duties.rtf: (file): is a .rtf file (a Rich Text (RTF) document), which the advisor"
                                + " does not read (the advisor reads a program description as .json, .yaml, "
                                + ".yml or a filled-in intake workbook"
                                + " (.xlsx), and, in role and validate, a list of duties as plain text "
                                + "(.txt, .text, .md) or a job description as a Word (.docx) or PDF (.pdf) file)"),
                role.err());
        assertFalse(role.err().contains("Exception") || role.err().contains("expected an object"), role.err());
    }

    @Test
    void everyProblemOfAnIntakeComesInOnePassAndLenientReadingsAreSaid() throws Exception {
        Path intake = dir.resolve("prison.xlsx");
        assertEquals(
                0,
                run("template", "--setting", "prison", "-o", intake.toString()).exit());
        IntakeEdits.edit(intake, wb -> {
            IntakeEdits.program(wb, "program.state", "pa");
            IntakeEdits.program(wb, "facts.peerPositions", "two");
            IntakeEdits.program(wb, "facts.fte", -1);
            IntakeEdits.program(wb, "facts.employmentModel", "AGENCY_EMPLOYE");
            IntakeEdits.answer(wb, "RDY-LEAD-01", "Partal", null);
            IntakeEdits.answer(wb, "RDY-LEAD-02", null, "The chief said so");
            IntakeEdits.waiver(wb, "RDY-SUP-2", "next June");
        });
        Result r = run("assess", intake.toString());
        assertEquals(2, r.exit());
        assertEquals(
                List.of(
                        intake + ": Program!B10: expected a number (Peer positions), found text 'two'",
                        intake + ": Program!B12 (facts.fte): must be at least 0, found -1",
                        intake
                                + ": Program!B14: 'AGENCY_EMPLOYE' is not one of the choices (Employment model) (did "
                                + "you mean AGENCY_EMPLOYEE?)",
                        intake + ": Checklist!E2: 'Partal' is not an answer (did you mean PARTIAL?)",
                        intake
                                + ": Waivers!A2 (waivers[0].findingId): 'RDY-SUP-2' is not an item in the knowledge "
                                + "base (did you mean RDY-SUP-02?)",
                        intake + ": Waivers!D2: expected a date, found 'next June' (enter a date such as 2027-06-30)"),
                r.err().lines().toList(),
                "every problem at once, in sheet and cell order");
        IntakeEdits.edit(intake, wb -> {
            IntakeEdits.program(wb, "facts.peerPositions", 2);
            IntakeEdits.program(wb, "facts.fte", 1.5);
            IntakeEdits.program(wb, "facts.employmentModel", "AGENCY_EMPLOYEE");
            IntakeEdits.answer(wb, "RDY-LEAD-01", "PARTIAL", null);
            IntakeEdits.waiver(wb, "RDY-SUP-02", "2027-06-30");
        });
        Result fixed = run("assess", intake.toString(), "--as-of", "2026-11-23");
        assertEquals(0, fixed.exit(), fixed.err());
        assertEquals(
                List.of(
                        intake + ": Program!B4: read 'pa' as PA",
                        intake + ": Checklist!E3: a note without an answer, read as UNKNOWN with its note"),
                fixed.err().lines().toList());
    }

    @Test
    void choicesOnTheCommandLineAreReadInAnyCaseAndAMisspeltOneGetsTheNearest() throws Exception {
        Result setting = run("template", "--setting", "prison", "-o", "prison.xlsx");
        assertEquals(0, setting.exit(), setting.err());
        assertTrue(setting.out().contains("for a PRISON program"), setting.out());
        Result format = run("knowledge", "--format", "JSON");
        assertEquals(0, format.exit(), format.err());
        assertTrue(new ObjectMapper().readTree(format.out()).has("items"));
        Result failOn = run(
                "assess",
                Path.of("samples", "jail-planning.yaml").toAbsolutePath().toString(),
                "--fail-on",
                "high");
        assertEquals(1, failOn.exit(), "the jail sample has open HIGH findings: " + failOn.err());
        Result misspelt = run("template", "--setting", "PRISN");
        assertEquals(2, misspelt.exit());
        assertTrue(
                misspelt.err().startsWith("advisor: --setting: 'PRISN' is not a valid value (did you mean PRISON?)"),
                misspelt.err());
    }

    @Test
    void theTemplateAsksOnlyWhatCountsAndKeepsTheSettingOfItsSource() throws Exception {
        var knowledge = TestAdvisor.get().knowledge();
        var scope = IntakeScope.of(knowledge, Setting.PRISON, null);
        int fields = scope.fields().size();
        int questions = scope.questions().size();
        Result prison = run("template", "--setting", "PRISON", "-o", "prison.xlsx");
        assertEquals(0, prison.exit(), prison.err());
        assertTrue(
                prison.out()
                        .startsWith("Wrote prison.xlsx: " + fields + " program fields, " + questions
                                + " checklist questions for a PRISON program"),
                prison.out());
        try (XSSFWorkbook wb = IntakeEdits.open(dir.resolve("prison.xlsx"))) {
            assertEquals(
                    -1,
                    IntakeEdits.rowOf(wb.getSheet("Program"), 4, "facts.peersAttendStaffing"),
                    "a treatment-court fact");
            String question = IntakeEdits.cell(wb.getSheet("Checklist"), "INC-WAGES-HOURS", 3);
            assertTrue(question.endsWith("\nOnly if Employment model (Program sheet) is INCARCERATED_PEER."), question);
        }
        IntakeEdits.edit(
                dir.resolve("prison.xlsx"), wb -> IntakeEdits.program(wb, "facts.employmentModel", "AGENCY_EMPLOYEE"));
        Result again = run("template", "--from", "prison.xlsx", "-o", "next.xlsx");
        assertEquals(0, again.exit(), again.err());
        int ruledOut = knowledge.domain("INCARCERATED").orElseThrow().items().size() + 1;
        assertTrue(
                again.out()
                        .startsWith("Wrote next.xlsx: " + fields + " program fields, " + (questions - ruledOut)
                                + " checklist questions for a PRISON program"),
                "the setting is kept; the 13 incarcerated-peer questions and the contractor one are left out: "
                        + again.out());
    }

    @Test
    void compareClosesAGapOnlyWhenTheItemIsMetNotApplicableOrWaived() throws Exception {
        String jail = Files.readString(Path.of("samples", "jail-planning.yaml"));
        Files.writeString(dir.resolve("before.yaml"), jail);
        Files.writeString(
                dir.resolve("after.yaml"),
                jail.replace("RDY-HR-05: NO", "RDY-HR-05: UNKNOWN").replace("RDY-LEAD-02: NO", "RDY-LEAD-02: YES"));
        assertEquals(
                0,
                run("assess", "before.yaml", "--json", "before.json", "--as-of", "2026-11-23")
                        .exit());
        assertEquals(
                0,
                run("assess", "after.yaml", "--json", "after.json", "--as-of", "2026-11-23")
                        .exit());
        Result r = run("compare", "before.json", "after.json");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  1 gaps closed, 0 new gaps, 2 status changes"), r.out());
        assertTrue(r.out().contains("  closed  RDY-LEAD-02 HIGH (GAP -> MET)"), r.out());
        assertTrue(
                r.out().contains("  changed RDY-HR-05 CRITICAL (GAP -> UNKNOWN)"),
                "an unknown is not a closed gap: " + r.out());
        assertTrue(r.out().contains("  still blocking READY: open critical gap(s): ROLE-COMPLIANCE"), r.out());
    }

    @Test
    void benchDescribesItselfAndRefusesABadOption() throws Exception {
        Result help = run("bench", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--quick"), help.out());
        Result bad = run("bench", "--fastest");
        assertEquals(2, bad.exit(), bad.out());
        assertTrue(bad.err().contains("Unknown option: '--fastest'"), bad.err());
    }

    @Test
    void serveAnswersOverHttpUntilStopped() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target", "advisor.jar").toAbsolutePath().toString(),
                "serve",
                "--port",
                "0",
                "--warm-up",
                "0"));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Matcher serving = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            assertTrue(serving != null, "serve printed the address it listens on");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(serving.group(1) + "api/assessments"))
                            .header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofFile(Path.of("samples", "jail-planning.yaml")))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"verdict\""), answer.body());
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "serve stopped");
        }
    }

    private static final Pattern SERVING = Pattern.compile("Serving the advisor on (http://localhost:\\d+/)");

    // Issue 19: a team self-assessment, and compare's check that two files are of one program.

    private void copyTeamSamples() throws IOException {
        for (String sample : List.of("leadership.yaml", "hr.yaml", "jail-staff.yaml")) {
            Files.copy(Path.of("samples", "team", sample), dir.resolve(sample));
        }
    }

    @Test
    void aTeamSelfAssessmentOfTwoDescriptionsAndAnIntakeWorkbook() throws Exception {
        copyTeamSamples();
        Result intake = run("template", "--from", "hr.yaml", "-o", "hr.xlsx");
        assertEquals(0, intake.exit(), intake.err());
        Result r = run(
                "assess",
                "--respondent",
                "leadership.yaml",
                "--respondent",
                "hr.xlsx",
                "--respondent",
                "jail-staff.yaml",
                "-o",
                "team.xlsx",
                "--json",
                "team.json",
                "--as-of",
                "2026-11-23");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Lakeview County Jail Peer Recovery Program: NOT_READY"), r.out());
        assertTrue(
                r.out()
                        .contains("Respondents: 3 (LEADERSHIP 1, HUMAN_RESOURCES 1, STAFF 1): Dana Ruiz (LEADERSHIP),"
                                + " Lee Park (HUMAN_RESOURCES), Sam Ortiz (STAFF)\n"),
                r.out());
        assertTrue(
                r.out()
                        .contains("Facts stated differently (assessed as unknown): 1\n"
                                + "  facts.caseloadPerPeer: Dana Ruiz 20, Lee Park (not stated), Sam Ortiz 30\n"),
                r.out());
        assertTrue(r.out().contains("Items answered differently (the Discussion Agenda): 10\n"), r.out());
        assertTrue(
                r.out().contains("  RDY-LEAD-02 HIGH: Dana Ruiz YES, Lee Park PARTIAL, Sam Ortiz NO -> NO\n"), r.out());
        assertTrue(r.out().contains("  RDY-LEAD-06 LOW: Dana Ruiz PARTIAL, Lee Park NO -> NO\n"), r.out());
        assertTrue(r.out().contains("Workbook: team.xlsx"), r.out());
        var json = new ObjectMapper().readTree(dir.resolve("team.json").toFile());
        assertEquals("hr.xlsx", json.at("/team/respondents/1/file").asText());
        assertEquals(10, json.at("/team/agenda").size());
        assertEquals("UNKNOWN", findingStatus(json, "STAFF-CASELOAD"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("team.xlsx")))) {
            assertEquals("Team Answers", workbook.getSheetName(2));
            assertEquals("Discussion Agenda", workbook.getSheetName(3));
            assertEquals(
                    "RDY-LEAD-08",
                    workbook.getSheet("Discussion Agenda").getRow(1).getCell(1).getStringCellValue());
        }
    }

    private static String findingStatus(com.fasterxml.jackson.databind.JsonNode assessment, String id) {
        for (var finding : assessment.path("findings")) {
            if (finding.path("id").asText().equals(id)) {
                return finding.path("status").asText();
            }
        }
        throw new AssertionError("no finding " + id);
    }

    @Test
    void aTeamNeedsTwoOrMoreFilesOfOneProgramAndWritesNothingOtherwise() throws Exception {
        copyTeamSamples();
        Result one = run("assess", "--respondent", "leadership.yaml");
        assertEquals(2, one.exit(), one.out());
        assertTrue(
                one.err()
                        .startsWith("advisor: a team self-assessment needs two or more --respondent files; to assess"
                                + " one file, give it as FILE"),
                one.err());
        Result both = run("assess", "hr.yaml", "--respondent", "leadership.yaml", "--respondent", "jail-staff.yaml");
        assertEquals(2, both.exit(), both.out());
        assertTrue(both.err().contains("give FILE for one description, or --respondent files for a team, not both"));
        Files.writeString(
                dir.resolve("other.yaml"),
                Files.readString(dir.resolve("hr.yaml"))
                        .replace("Lakeview County Sheriff's Office", "Lakeview County Board of Commissioners"));
        Result other = run("assess", "--respondent", "leadership.yaml", "--respondent", "other.yaml");
        assertEquals(2, other.exit(), other.out());
        assertEquals(
                "other.yaml: program.agency: 'Lakeview County Board of Commissioners' is not the agency of"
                        + " leadership.yaml ('Lakeview County Sheriff's Office') (a team self-assessment combines"
                        + " respondents' files of one program; assess this file on its own)",
                other.err().strip());
        assertFalse(Files.exists(dir.resolve("team-assessment.xlsx")), "nothing written");
    }

    @Test
    void compareRefusesAssessmentsOfTwoProgramsUnlessForced() throws Exception {
        Path jail = Path.of("samples", "jail-planning.yaml").toAbsolutePath();
        Path butler = Path.of("samples", "butler-county-jail.json").toAbsolutePath();
        assertEquals(0, run("assess", jail.toString(), "--json", "jail.json").exit());
        assertEquals(
                0, run("assess", butler.toString(), "--json", "butler.json").exit());
        Result refused = run("compare", "jail.json", "butler.json");
        assertEquals(2, refused.exit(), refused.out());
        assertTrue(
                refused.err()
                        .startsWith("butler.json: program.name: 'Butler County jail peer recovery services (case"
                                + " study)' is not the program of jail.json ('Riverside County Jail Peer Recovery"
                                + " Pilot') (compare shows one program's progress; compare two assessments of the"
                                + " same program, or give --force to compare these anyway)"),
                refused.err());
        assertFalse(Files.exists(dir.resolve("progress.xlsx")), "nothing written");
        Result forced = run("compare", "jail.json", "butler.json", "--force");
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(
                forced.out()
                        .contains("  note: not the same program, compared anyway (--force): butler.json:"
                                + " program.name: 'Butler County jail peer recovery services (case study)' is not the"
                                + " program of jail.json"),
                forced.out());
        assertTrue(Files.exists(dir.resolve("progress.xlsx")));
    }

    // Issue: friction a new user met, each run as the user runs it.

    @Test
    void whatANewUserMetIsAnsweredWithWhatToDo() throws Exception {
        Path sample = Path.of("samples", "jail-planning.yaml").toAbsolutePath();
        Result date = run("assess", sample.toString(), "--as-of", "12/06/2026");
        assertEquals(2, date.exit(), date.out());
        assertEquals(
                List.of(
                        "advisor: --as-of: '12/06/2026' is not a date (write it as YYYY-MM-DD, e.g. 2026-12-06)",
                        "Run 'advisor assess --help' for usage."),
                date.err().lines().toList());
        Result command = run("asess", sample.toString());
        assertEquals(2, command.exit(), command.out());
        assertEquals(
                List.of("advisor: 'asess' is not a command (did you mean assess?)", "Run 'advisor --help' for usage."),
                command.err().lines().toList());
        Result folder = run("assess", ".");
        assertEquals(2, folder.exit(), folder.out());
        assertEquals(
                ".: (file): is a folder, not a file (to assess every plan in a folder use ./advisor batch . -o OUTDIR)",
                folder.err().strip());
        Files.write(
                dir.resolve("job.docx"),
                JobDescriptionFiles.word()
                        .heading(1, "Duties")
                        .bullet("Facilitate a weekly recovery group")
                        .bytes());
        Result batch = run("batch", "job.docx", "-o", "out");
        assertEquals(2, batch.exit(), batch.out());
        assertEquals(
                "job.docx: is a file, not a folder (to assess one file use ./advisor assess job.docx)",
                batch.err().strip());
        Result job = run("template", "--from", "job.docx");
        assertEquals(2, job.exit(), job.out());
        assertEquals(
                "job.docx: (file): is a job description, not a program description (review its duties with:"
                        + " ./advisor role job.docx)",
                job.err().strip());
        assertFalse(Files.exists(dir.resolve("out")) || Files.exists(dir.resolve("intake.xlsx")), "nothing written");
    }

    @Test
    void oneRespondentOptionTakesAWildcardsFilesAndLowerCaseChoicesAreReadWithANotice() throws Exception {
        copyTeamSamples();
        Result team =
                run("assess", "--respondent", "hr.yaml", "jail-staff.yaml", "leadership.yaml", "--as-of", "2026-11-23");
        assertEquals(0, team.exit(), team.err());
        assertTrue(
                team.out()
                        .contains("Respondents: 3 (LEADERSHIP 1, HUMAN_RESOURCES 1, STAFF 1): Lee Park"
                                + " (HUMAN_RESOURCES), Sam Ortiz (STAFF), Dana Ruiz (LEADERSHIP)\n"),
                team.out());
        Files.writeString(
                dir.resolve("court.yaml"), "program: {name: Court Pilot, state: pa, setting: treatment_court}\n");
        Result lower = run("assess", "court.yaml", "--json", "court.json", "--as-of", "2026-11-23");
        assertEquals(0, lower.exit(), lower.err());
        assertEquals(
                List.of(
                        "court.yaml: program.state: read 'pa' as PA",
                        "court.yaml: program.setting: read 'treatment_court' as TREATMENT_COURT"),
                lower.err().lines().toList());
        var json = new ObjectMapper().readTree(dir.resolve("court.json").toFile());
        assertEquals("TREATMENT_COURT", json.at("/program/setting").asText());
        Result compare = run("compare", "court.json", "court.json");
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(
                compare.out()
                        .contains("\n  Incarcerated peer programs: none (nothing applies) -> none (nothing applies)\n"),
                compare.out());
    }
}
