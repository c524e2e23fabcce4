package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.IntakeTemplate;

/**
 * The web pages in a real browser, used as a person uses them: Debian's headless Chromium, driven through
 * ChromeDriver, fills the self-assessment for a jail program, reloads and finds every answer kept, sees the results,
 * downloads the workbook and the answers and checks them against the advisor run in-process on the same answers, loads
 * the saved answers into a fresh page and gets the same result, goes through a section by keyboard alone, and checks
 * the pages with axe-core; after every test the console must report nothing the service's Content-Security-Policy
 * refused. Screenshots at 1280 and 390 px wide are saved under target/browser. Skipped where Chromium
 * is not installed, unless ADVISOR_BROWSER_TESTS=required (CI).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROGRAM = "Lakeside County Jail Peer Program";
    private static final String STEM = "lakeside-county-jail-peer-program";

    @TempDir
    static Path dir;

    private static RunningService service;
    private static ChromeDriver browser;
    private static String base;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getenv("ADVISOR_BROWSER_TESTS"))) {
            assertTrue(installed, "Chromium and ChromeDriver are required: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Debian's chromium and chromium-driver are not installed; the browser test is skipped");
        service = RunningService.start();
        base = service.base();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=en-US",
                "--window-size=1280,1800",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "en-US"));
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        browser = new ChromeDriver(options);
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * The pages work under the service's Content-Security-Policy: the browser's console, read after every test, has
     * no report of anything the policy refused (an inline script, style or handler, a source elsewhere).
     */
    @AfterEach
    void nothingRefusedByTheContentSecurityPolicy() {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy"))
                .toList();
        assertEquals(List.of(), refused, "the console reports what the Content-Security-Policy refused");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    // ---- the self-assessment, from a blank page to the results, and back from a saved file ----

    @Test
    void fillTheSelfAssessmentForAJailKeepItOverAReloadAndGetTheAdvisorsResultFromEveryDownload() throws Exception {
        freshPage();
        fillTheProgram();
        fillReadinessAndStaffing();
        fillTheRole();
        addAWaiver();

        browser.navigate().refresh();
        waitReady();
        assertEquals(PROGRAM, field("program.name").getDomProperty("value"));
        assertEquals(
                "JAIL",
                new Select(field("program.setting")).getFirstSelectedOption().getDomAttribute("value"));
        assertEquals("OH", stored("/program/state").asText(), "a state typed in lower case is kept in capitals");
        show("READINESS");
        assertTrue(radio("answers.RDY-LEAD-01", "YES").isSelected(), "an answer is still there after a reload");
        assertEquals(
                "Mission statement adopted in March",
                field("note", "answers.RDY-LEAD-01").getDomProperty("value"));
        assertEquals("2", field("facts.peerPositions").getDomProperty("value"));
        show("role");
        assertTrue(browser.findElement(By.id("f-ROLE-ACT-LEAD-PEER-GROUP")).isSelected());
        assertTrue(field("role.duties").getDomProperty("value").contains("Drive participants to court dates"));
        show("waivers");
        assertEquals(
                "Budget approved for the next fiscal year",
                field("waivers[0].justification").getDomProperty("value"));
        show("READINESS");
        screenshot("questionnaire");

        Path saved = download(By.id("download-json"), STEM + ".json");
        Assessment expected = assessed(saved);
        assertEquals(3, expected.duties().size(), "the two activities and the duty were saved");

        Path intake = download(By.id("download-intake"), STEM + "-intake.xlsx");
        assertEquals(statuses(expected), statuses(assessed(intake)), "the intake workbook holds the same answers");

        browser.findElement(By.id("see-results")).click();
        waiting().until(ExpectedConditions.urlContains("results.html"));
        waitReady();
        assertResultsShow(expected);
        screenshot("results");

        filterAndSort(expected);

        Path workbook = download(By.id("download-workbook"), STEM + "-assessment.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertEquals(expected.verdict().name(), labelled(wb.getSheet("Summary"), "Verdict"));
            assertEquals(statuses(expected), findingsSheet(wb.getSheet("Findings")));
        }
        Path json = download(By.id("download-assessment"), STEM + "-assessment.json");
        assertEquals(statuses(expected), statuses(JSON.readTree(json.toFile())));

        freshPage();
        browser.findElement(By.cssSelector("details.load summary")).click();
        browser.findElement(By.id("load-file")).sendKeys(saved.toString());
        browser.findElement(By.id("load-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Loaded the answers"));
        waiting().until(d -> "JAIL".equals(d.findElement(By.id("questionnaire")).getDomAttribute("data-setting")));
        assertEquals(PROGRAM, field("program.name").getDomProperty("value"));
        browser.findElement(By.id("see-results")).click();
        waiting().until(ExpectedConditions.urlContains("results.html"));
        waitReady();
        assertResultsShow(expected);
        Path again = download(By.id("download-assessment"), STEM + "-assessment.json");
        assertEquals(statuses(expected), statuses(JSON.readTree(again.toFile())), "the saved file gives the same");
    }

    private void fillTheProgram() {
        field("program.name").sendKeys(PROGRAM);
        new Select(field("program.setting")).selectByValue("JAIL");
        waiting().until(d -> "JAIL".equals(d.findElement(By.id("questionnaire")).getDomAttribute("data-setting")));
        assertEquals(
                browser.findElement(By.id("f-program-setting")),
                browser.switchTo().activeElement(),
                "the setting keeps the focus while the questions change");
        field("program.state").sendKeys("oh");
        new Select(field("program.stage")).selectByValue("PLANNING");
        assertTrue(text("progress-program").startsWith("4 of "), "name, setting, state and stage answered");
    }

    private void fillReadinessAndStaffing() {
        show("READINESS");
        field("facts.peerPositions").sendKeys("2");
        new Select(field("facts.employmentModel")).selectByValue("AGENCY_EMPLOYEE");
        radio("answers.RDY-LEAD-01", "YES").click();
        field("note", "answers.RDY-LEAD-01").sendKeys("Mission statement adopted in March");
        radio("answers.RDY-LEAD-02", "PARTIAL").click();
        radio("answers.RDY-HR-05", "NO").click();
        show("INCARCERATED");
        assertTrue(
                text("aside-INCARCERATED").contains("because of the answer to \"Employment model\""),
                "questions for incarcerated peers are set aside for an agency employee");
        assertEquals("No question applies", text("progress-INCARCERATED"));
        show("STAFFING");
        field("facts.averageDailyPopulation").sendKeys("620");
        field("facts.expectedParticipants").sendKeys("45");
        field("facts.fte").sendKeys("1.5");
        field("facts.caseloadPerPeer").sendKeys("25");
        radio("facts.mentalHealthProgram", "true").click();
        field("facts.fundingSources").sendKeys("County general fund\nState opioid settlement");
        // The answer says less than the facts show: both are shown on the results, and the answer's PARTIAL stands.
        radio("answers.STAFF-FUNDING", "PARTIAL").click();
        field("note", "answers.STAFF-FUNDING").sendKeys("Settlement money ends June 2028");
    }

    private void fillTheRole() {
        show("role");
        browser.findElement(By.id("f-ROLE-ACT-LEAD-PEER-GROUP")).click();
        browser.findElement(By.id("f-ROLE-ACT-COPING-STRATEGIES")).click();
        field("role.duties").sendKeys("Drive participants to court dates");
        assertTrue(text("progress-role").startsWith("2 activities marked, 1 duty listed"), text("progress-role"));
    }

    private void addAWaiver() {
        show("waivers");
        browser.findElement(By.cssSelector("#s-waivers button:not(.secondary)")).click();
        new Select(field("waivers[0].findingId")).selectByValue("RDY-LEAD-02");
        field("waivers[0].justification").sendKeys("Budget approved for the next fiscal year");
        field("waivers[0].approvedBy").sendKeys("Capt. Moreno");
        field("waivers[0].expires").sendKeys("12312099");
        assertEquals("2099-12-31", stored("/waivers/0/expires").asText());
    }

    private void assertResultsShow(Assessment expected) {
        assertEquals(expected.verdict().name(), verdict(), "the verdict: " + text("verdict-word"));
        String reasons = text("verdict-reasons");
        expected.verdictReasons().forEach(r -> assertTrue(reasons.contains(r), reasons));
        assertEquals(
                "Showing " + expected.findings().size() + " of "
                        + expected.findings().size() + " findings.",
                text("findings-count"));
        assertTrue(
                text("rule-set").contains("version " + expected.ruleSet().version()),
                "the rule set that judged it: " + text("rule-set"));
        String page = browser.findElement(By.id("results")).getText();
        expected.staffing().forEach(s -> assertTrue(page.contains(s.label()), "staffing figure " + s.label()));
        assertTrue(text("state-row").contains("Peer Recovery Supporter"), "Ohio's row of the state table");
        expected.duties()
                .forEach(d -> assertTrue(
                        page.contains(d.duty().text()), "duty " + d.duty().text()));
        assertTrue(page.contains(expected.actionPlan().get(0).action()), "the first step of the action plan");
        assertEquals(
                List.of("STAFF-FUNDING"),
                expected.answerDisagreements().stream().map(d -> d.id()).toList());
        assertTrue(
                page.contains("Answers that disagree with your facts")
                        && page.contains("PARTIAL (Settlement money ends June 2028)"),
                "the answer beside the facts it disagrees with");
        assertFalse(page.contains("\nnull\n"), "no absent part written as the word null");
        // Each domain's bar as wide as its score: set from the script, which the Content-Security-Policy allows
        // (a style attribute it would refuse).
        List<?> widths = (List<?>) ((JavascriptExecutor) browser)
                .executeScript("return [...document.querySelectorAll('.score-fill')].map(e => e.style.width)");
        assertEquals(expected.scores().domains().size(), widths.size());
        for (int i = 0; i < widths.size(); i++) {
            Double score = expected.scores().domains().get(i).score();
            String width = String.valueOf(widths.get(i));
            assertTrue(width.endsWith("%"), width);
            assertEquals(score == null ? 0 : score, Double.parseDouble(width.replace("%", "")), 0.01, width);
        }
    }

    private void filterAndSort(Assessment expected) {
        long gaps = expected.findings().stream()
                .filter(f -> f.status().name().equals("GAP"))
                .count();
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("GAP");
        assertEquals("Showing " + gaps + " of " + expected.findings().size() + " findings.", text("findings-count"));
        browser.findElement(By.id("filter-text")).sendKeys("RDY-HR-05");
        assertEquals("Showing 1 of " + expected.findings().size() + " findings.", text("findings-count"));
        Finding hr05 = TestAdvisor.finding(expected, "RDY-HR-05");
        String row = browser.findElement(By.id("finding-RDY-HR-05")).getText();
        assertTrue(row.contains(hr05.rationale()), "the rationale is on the row: " + row);
        browser.findElement(By.cssSelector("#finding-RDY-HR-05 summary")).click();
        String opened = browser.findElement(By.id("finding-RDY-HR-05")).getText();
        assertTrue(opened.contains(hr05.recommendation()), "the recommendation one click away");
        assertTrue(opened.contains(hr05.citations().get(0).source()), "the sources one click away");
        browser.findElement(By.xpath("//button[text()='Clear the filters']")).click();
        browser.findElement(By.cssSelector("button.sort[data-key='severity']")).click();
        String firstSeverity = browser.findElement(By.cssSelector("#findings-table tbody tr td[data-label='Severity']"))
                .getText();
        assertEquals("CRITICAL", firstSeverity, "sorted by severity, most severe first");
        assertEquals(
                "ascending",
                browser.findElement(By.xpath("//button[@data-key='severity']/.."))
                        .getDomAttribute("aria-sort"));
    }

    // ---- errors beside the field they name ----

    @Test
    void aWrongAnswerIsShownBesideItsFieldAndTheLinkLeadsThere() throws Exception {
        freshPage();
        new Select(field("program.setting")).selectByValue("PRISON");
        waiting()
                .until(d ->
                        "PRISON".equals(d.findElement(By.id("questionnaire")).getDomAttribute("data-setting")));
        field("program.state").sendKeys("Ohio");
        show("STAFFING");
        field("facts.caseloadPerPeer").sendKeys("-5");
        browser.findElement(By.id("see-results")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        String beside = browser.findElement(By.cssSelector("#q-facts-caseloadPerPeer .field-error"))
                .getText();
        assertTrue(beside.contains("facts.caseloadPerPeer: must be at least 0"), beside);
        assertEquals("true", field("facts.caseloadPerPeer").getDomAttribute("aria-invalid"));
        assertTrue(browser.getCurrentUrl().endsWith("/")
                || !browser.getCurrentUrl().contains("results"));
        browser.findElement(By.partialLinkText("program.state")).click();
        assertTrue(browser.findElement(By.id("s-program")).isDisplayed(), "the link shows the field's section");
        assertEquals(field("program.state"), browser.switchTo().activeElement());
        assertTrue(browser.findElement(By.cssSelector("#q-program-state .field-error"))
                .getText()
                .contains("has the wrong form"));
    }

    @Test
    void aFilledIntakeWorkbookLoadsAndItsCellErrorsShowBesideTheField() throws Exception {
        Submission court = TestAdvisor.get().reader().read(Path.of("samples/treatment-court-operating.json"));
        Path intake = dir.resolve("court-intake.xlsx");
        try (OutputStream out = Files.newOutputStream(intake)) {
            new IntakeTemplate(TestAdvisor.get().knowledge()).write(null, court.received(), out);
        }
        freshPage();
        browser.findElement(By.cssSelector("details.load summary")).click();
        browser.findElement(By.id("load-file")).sendKeys(intake.toString());
        browser.findElement(By.id("load-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Loaded the answers"));
        browser.findElement(By.id("see-results")).click();
        waiting().until(ExpectedConditions.urlContains("results.html"));
        waitReady();
        assertEquals("READY", verdict());
        assertEquals(TestAdvisor.get().assess(court, LocalDate.now()).verdict().name(), verdict());

        Path broken = dir.resolve("broken-intake.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(intake))) {
            Sheet program = wb.getSheet("Program");
            for (Row row : program) {
                if ("facts.peerPositions".equals(new DataFormatter().formatCellValue(row.getCell(4)))) {
                    row.getCell(1).setCellValue("three");
                }
            }
            try (OutputStream out = Files.newOutputStream(broken)) {
                wb.write(out);
            }
        }
        browser.get(base + "/index.html");
        waitReady();
        browser.findElement(By.cssSelector("details.load summary")).click();
        browser.findElement(By.id("load-file")).sendKeys(broken.toString());
        browser.findElement(By.id("load-button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        String beside = browser.findElement(By.cssSelector("#q-facts-peerPositions .field-error"))
                .getDomProperty("textContent");
        assertTrue(
                beside.matches("Problem: Program!B\\d+: expected a number \\(Peer positions\\), found text 'three'"),
                "the cell is named beside the field: " + beside);
    }

    @Test
    void answersANewSettingDoesNotAskAreSaidAndCanBeRemoved() {
        freshPage();
        chooseSetting("JAIL");
        show("INCARCERATED");
        radio("answers.INC-WAGES-HOURS", "NO").click();
        show("program");
        chooseSetting("COMMUNITY");
        assertTrue(browser.findElement(By.id("stale")).getText().contains("answers.INC-WAGES-HOURS"));
        assertEquals("NO", stored("/answers/INC-WAGES-HOURS/answer").asText(), "kept until the user removes it");
        browser.findElement(By.xpath("//button[text()='Remove those answers']")).click();
        assertTrue(stored("/answers/INC-WAGES-HOURS").isMissingNode());
        assertFalse(browser.findElement(By.id("stale")).isDisplayed());
    }

    private static void chooseSetting(String setting) {
        new Select(field("program.setting")).selectByValue(setting);
        waiting()
                .until(d -> setting.equals(d.findElement(By.id("questionnaire")).getDomAttribute("data-setting")));
    }

    // ---- keyboard alone ----

    @Test
    void aSectionCanBeAnsweredWithTheKeyboardAloneAndTheFocusIsAlwaysVisible() throws Exception {
        freshPage();
        List<WebElement> questions = new ArrayList<>();
        int tabs = 0;
        while (!"nav-ROLE".equals(active().getDomAttribute("id"))) {
            press(Keys.TAB);
            assertTrue(++tabs < 40, "the section list is reached by Tab from the top of the page");
        }
        press(Keys.ENTER);
        assertEquals("h-ROLE", active().getDomAttribute("id"), "Enter on a section opens it and moves there");
        for (WebElement q : browser.findElements(By.cssSelector("#s-ROLE .q"))) {
            questions.add(q);
        }
        List<String> done = new ArrayList<>();
        boolean openedWhy = false;
        for (WebElement q : questions) {
            String path = q.getDomAttribute("data-path");
            tabUntil(e -> "INPUT".equalsIgnoreCase(e.getTagName())
                    && q.equals(e.findElement(By.xpath("./ancestor::*[@data-path][1]"))));
            if (q.getDomAttribute("class").contains("q-yesno")) {
                press(Keys.SPACE);
                assertTrue(radio(path, "true").isSelected(), "Space answers Yes to " + path);
            } else {
                press(Keys.ARROW_RIGHT);
                assertTrue(radio(path, "PARTIAL").isSelected(), "an arrow key moves to PARTIAL on " + path);
                press(Keys.TAB);
                assertEquals(field("note", path), active());
                active().sendKeys("Said at the planning meeting");
            }
            if (!openedWhy) {
                press(Keys.TAB);
                assertEquals("SUMMARY", active().getTagName().toUpperCase());
                press(Keys.ENTER);
                assertTrue(q.findElement(By.tagName("details"))
                        .getDomProperty("open")
                        .equals("true"));
                openedWhy = true;
            }
            done.add(path);
        }
        JsonNode description = stored("");
        for (String path : done) {
            JsonNode value = description.at("/" + path.replace('.', '/'));
            assertTrue(
                    value.asBoolean() || "PARTIAL".equals(value.path("answer").asText()),
                    path + " answered by keyboard: " + value);
        }
        tabUntil(e -> e.getText().startsWith("Staffing"));
        press(Keys.ENTER);
        assertEquals("h-STAFFING", active().getDomAttribute("id"), "Enter on the next-section link moves on");
    }

    // ---- accessibility and screenshots ----

    @Test
    void aTeamsSavedFilesCombineIntoOneAssessmentWithTheirAgenda() throws Exception {
        List<Path> files = List.of(
                Path.of("samples/team/leadership.yaml").toAbsolutePath(),
                Path.of("samples/team/hr.yaml").toAbsolutePath(),
                Path.of("samples/team/jail-staff.yaml").toAbsolutePath());
        List<org.prss.advisor.input.Submission> respondents = new java.util.ArrayList<>();
        for (Path file : files) {
            respondents.add(TestAdvisor.get().reader().read(file));
        }
        Assessment expected =
                TestAdvisor.get().assessTeam(respondents, LocalDate.now()).assessment();
        browser.get(base + "/results.html");
        waitReady();
        browser.findElement(By.cssSelector("details.team summary")).click();
        browser.findElement(By.id("team-files"))
                .sendKeys(String.join("\n", files.stream().map(Path::toString).toList()));
        browser.findElement(By.cssSelector("#team-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("team")));
        assertEquals(expected.verdict().name(), verdict());
        String team = text("team");
        assertTrue(team.contains("3 respondents"), team);
        assertTrue(team.contains("facts.caseloadPerPeer"), "the fact they state differently: " + team);
        List<WebElement> agenda = browser.findElements(By.cssSelector("#team div.table-wrap:last-of-type tbody tr"));
        assertEquals(expected.team().agenda().size(), agenda.size(), team);
        assertTrue(
                agenda.get(0).getText().contains(expected.team().agenda().get(0)),
                agenda.get(0).getText());
        assertEquals(List.of(), axe("results of a team"), "no serious or critical accessibility violation");
        Path workbook =
                download(By.id("download-workbook"), "lakeview-county-jail-peer-recovery-program-assessment.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertTrue(wb.getSheet("Discussion Agenda") != null, "the team workbook has its agenda");
        }
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyPage() throws Exception {
        Files.deleteIfExists(SCREENSHOTS.resolve("axe.txt"));
        freshPage();
        List<String> violations = new ArrayList<>(axe("questionnaire, program"));
        new Select(field("program.setting")).selectByValue("JAIL");
        waiting().until(d -> "JAIL".equals(d.findElement(By.id("questionnaire")).getDomAttribute("data-setting")));
        field("program.state").sendKeys("Ohio");
        browser.findElement(By.id("see-results")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        violations.addAll(axe("questionnaire with a problem shown"));
        field("program.state").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "OH");
        assertEquals("OH", stored("/program/state").asText());
        for (String section : List.of("READINESS", "STAFFING", "role", "waivers")) {
            show(section);
            browser.findElements(By.cssSelector("#s-" + section + " details summary")).stream()
                    .limit(2)
                    .forEach(WebElement::click);
            if (section.equals("waivers")) {
                browser.findElement(By.cssSelector("#s-waivers button:not(.secondary)"))
                        .click();
            }
            violations.addAll(axe("questionnaire, " + section));
        }
        screenshot("questionnaire-waivers");
        browser.get(base + "/results.html");
        waitReady();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict-word")));
        browser.findElements(By.cssSelector("#findings summary")).stream()
                .limit(3)
                .forEach(WebElement::click);
        violations.addAll(axe("results"));
        browser.get(base + "/role.html");
        violations.addAll(axe("role check"));
        assertEquals(List.of(), violations);
    }

    /**
     * The serious and critical violations axe-core finds on the page as it is now; every violation, of any impact, is
     * also written to target/browser/axe.txt for a person to read.
     */
    private static List<String> axe(String where) throws Exception {
        Results results = new AxeBuilder().analyze(browser);
        assertFalse(results.getPasses().isEmpty(), "axe-core ran its checks on " + where);
        List<String> found = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String line = where + ": " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                    + rule.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget()))
                            .toList();
            all.add(line);
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(line);
            }
        }
        all.add(where + ": " + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated, "
                + results.getIncomplete().size() + " to review by hand "
                + results.getIncomplete().stream()
                        .map(r -> r.getId() + " at "
                                + r.getNodes().stream()
                                        .map(n -> String.valueOf(n.getTarget()))
                                        .toList())
                        .toList());
        Files.write(
                SCREENSHOTS.resolve("axe.txt"),
                all,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        return found;
    }

    // ---- the role check page ----

    @Test
    void checkDutiesAndAJobDescriptionOnTheRolePage() throws Exception {
        browser.get(base + "/role.html");
        browser.findElement(By.id("duties"))
                .sendKeys("Administer random urine screens\nFacilitate a weekly recovery group");
        browser.findElement(By.id("duties-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "2 duties reviewed"));
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("KEEP_OUT") && result.contains("FITS_ROLE"), result);
        Files.write(
                SCREENSHOTS.resolve("duties-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.get(base + "/role.html");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("setting")))
                .selectByValue("PROBATION_PAROLE");
        browser.findElement(By.id("duties"))
                .sendKeys("Share updates on each participant's progress with the probation officer\n"
                        + "Loan participants money for bus fare");
        browser.findElement(By.id("duties-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "2 duties reviewed"));
        result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("CONDITIONAL") && result.contains("in this setting (PROBATION_PAROLE)"), result);
        assertTrue(result.contains("Read as: REPORTS_PROGRESS: share [updates]"), result);
        assertTrue(result.contains("Read as: LENDS_OR_SPENDS_OWN_MONEY: loan [participants money]"), result);
        assertTrue(result.contains("Write instead: Point the participant to program funds"), result);
        assertTrue(browser.findElement(By.id("download-role-workbook")).isDisplayed());
        Files.write(
                SCREENSHOTS.resolve("duties-frames-result.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        Path fixtures = Path.of("src", "test", "resources", "job-descriptions").toAbsolutePath();
        browser.get(base + "/role.html");
        browser.findElement(By.id("job-description"))
                .sendKeys(
                        fixtures.resolve("peer-specialist-job-description.docx").toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "7 duties reviewed"));
        result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("Essential Functions, item 4") && result.contains("KEEP_OUT"), result);
        assertTrue(result.contains("Skipped sections (not reviewed)") && result.contains("Qualifications"), result);

        browser.get(base + "/role.html");
        browser.findElement(By.id("job-description"))
                .sendKeys(
                        fixtures.resolve("peer-specialist-job-description.pdf").toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "7 duties reviewed"));
        assertTrue(
                browser.findElement(By.id("result")).getText().contains("Duties and Responsibilities, item 3, page 1"));

        Path noise = dir.resolve("posting.pdf");
        Files.write(noise, "not a pdf at all".getBytes());
        browser.get(base + "/role.html");
        browser.findElement(By.id("job-description")).sendKeys(noise.toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "cannot be assessed"));
        assertTrue(browser.findElement(By.id("problems")).getText().contains("(file): is not a PDF"));
    }

    // ---- helpers ----

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** The questionnaire with nothing kept in the browser, as a new user sees it. */
    private static void freshPage() {
        browser.get(base + "/index.html");
        ((JavascriptExecutor) browser).executeScript("localStorage.clear()");
        browser.get(base + "/index.html");
        waitReady();
    }

    private static void waitReady() {
        waiting().until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    private static String safe(String path) {
        return path.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    private static WebElement field(String path) {
        return field("f", path);
    }

    private static WebElement field(String prefix, String path) {
        return browser.findElement(By.id(prefix + "-" + safe(path)));
    }

    private static WebElement radio(String path, String value) {
        return browser.findElement(By.id("f-" + safe(path) + "-" + value));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static void show(String section) {
        browser.findElement(By.id("nav-" + section)).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("s-" + section)));
    }

    /** The verdict the results page shows, as its badge holds it. */
    private static String verdict() {
        return browser.findElement(By.cssSelector("#verdict-word .badge")).getDomAttribute("data-value");
    }

    private static WebElement active() {
        return browser.switchTo().activeElement();
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Presses Tab until the focus is on an element that matches, checking each stop shows its focus. */
    private static void tabUntil(java.util.function.Predicate<WebElement> wanted) {
        for (int i = 0; i < 12; i++) {
            press(Keys.TAB);
            WebElement focused = active();
            Object outline = ((JavascriptExecutor) browser)
                    .executeScript("const s = getComputedStyle(document.activeElement);"
                            + " return s.outlineStyle + ' ' + s.outlineWidth;");
            assertFalse(
                    String.valueOf(outline).startsWith("none")
                            || String.valueOf(outline).endsWith(" 0px"),
                    "the focus is visible on " + focused.getTagName() + " " + focused.getDomAttribute("id") + ": "
                            + outline);
            if (wanted.test(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab did not reach the element wanted; the focus is on " + active().getTagName());
    }

    /** The description kept in the browser, or a part of it by JSON pointer. */
    private static JsonNode stored(String pointer) {
        Object saved = ((JavascriptExecutor) browser)
                .executeScript("return localStorage.getItem('prss-advisor/self-assessment')");
        try {
            return JSON.readTree(String.valueOf(saved)).path("description").at(pointer);
        } catch (Exception e) {
            throw new AssertionError("the answers in the browser are not JSON: " + saved, e);
        }
    }

    /** Clicks a download button and waits for the file, replacing any earlier download of the same name. */
    private static Path download(By button, String name) throws Exception {
        Path file = downloads.resolve(name);
        Files.deleteIfExists(file);
        browser.findElement(button).click();
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return Files.exists(file) && files.noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (Exception e) {
                return false;
            }
        });
        return file;
    }

    private static Assessment assessed(Path file) throws Exception {
        return TestAdvisor.get().assess(TestAdvisor.get().reader().read(file), LocalDate.now());
    }

    private static Map<String, String> statuses(Assessment assessment) {
        Map<String, String> statuses = new LinkedHashMap<>();
        assessment.findings().forEach(f -> statuses.put(f.id(), f.status().name()));
        return statuses;
    }

    private static Map<String, String> statuses(JsonNode assessment) {
        Map<String, String> statuses = new LinkedHashMap<>();
        assessment
                .get("findings")
                .forEach(f -> statuses.put(f.get("id").asText(), f.get("status").asText()));
        return statuses;
    }

    /** The Findings sheet's ID and Status columns, in the order of the knowledge base as the assessment lists them. */
    private static Map<String, String> findingsSheet(Sheet sheet) {
        Map<String, String> found = new java.util.TreeMap<>();
        DataFormatter cells = new DataFormatter();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                found.put(cells.formatCellValue(row.getCell(0)), cells.formatCellValue(row.getCell(4)));
            }
        }
        return found;
    }

    private static String labelled(Sheet sheet, String label) {
        DataFormatter cells = new DataFormatter();
        for (Row row : sheet) {
            if (label.equals(cells.formatCellValue(row.getCell(0)))) {
                return cells.formatCellValue(row.getCell(1));
            }
        }
        throw new AssertionError("no " + label + " on " + sheet.getSheetName());
    }

    /** The page at 1280 and at 390 px wide, in target/browser. */
    private static void screenshot(String name) throws Exception {
        for (int width : new int[] {1280, 390}) {
            browser.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 1800, "deviceScaleFactor", 1, "mobile", width < 600));
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            Thread.sleep(200);
            Files.write(
                    SCREENSHOTS.resolve(name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
}
