package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.IntakeTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web page in a real browser: Debian's headless Chromium, driven through ChromeDriver, pastes a description,
 * downloads its workbook, uploads an intake workbook and checks a list of duties. A screenshot of each result is
 * saved under target/browser. Skipped where Chromium is not installed, unless ADVISOR_BROWSER_TESTS=required (CI).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @TempDir
    static Path dir;

    private static ConfigurableApplicationContext service;
    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("required".equals(System.getenv("ADVISOR_BROWSER_TESTS"))) {
            assertTrue(installed, "Chromium and ChromeDriver are required: apt-get install chromium chromium-driver");
        }
        assumeTrue(installed, "Debian's chromium and chromium-driver are not installed; the browser test is skipped");
        service = AdvisorApplication.start(TestAdvisor.get(), 0);
        base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
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
                "--window-size=1280,1800",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        Files.createDirectories(dir.resolve("downloads")).toString(),
                        "download.prompt_for_download",
                        false));
        browser = new ChromeDriver(options);
        Files.createDirectories(SCREENSHOTS);
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

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void pasteADescriptionSeeTheVerdictAndDownloadTheWorkbook() throws Exception {
        browser.get(base + "/");
        assertEquals("Peer Support Readiness Advisor", browser.getTitle());
        browser.findElement(By.id("description")).sendKeys(Files.readString(Path.of("samples/jail-planning.yaml")));
        browser.findElement(By.id("paste-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "NOT_READY"));
        assertTrue(browser.findElement(By.id("status"))
                .getText()
                .startsWith("Riverside County Jail Peer Recovery Pilot: NOT_READY"));
        assertTrue(browser.findElement(By.id("result")).getText().contains("RDY-HR-05"));
        screenshot("paste-result.png");
        browser.findElement(By.id("download-button")).click();
        Path downloads = dir.resolve("downloads");
        waiting().until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.anyMatch(p -> p.toString().endsWith("description-assessment.xlsx"));
            } catch (Exception e) {
                return false;
            }
        });
        try (XSSFWorkbook wb =
                new XSSFWorkbook(Files.newInputStream(downloads.resolve("description-assessment.xlsx")))) {
            assertEquals("Summary", wb.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void uploadAFilledIntakeWorkbook() throws Exception {
        Submission court = TestAdvisor.get().reader().read(Path.of("samples/treatment-court-operating.json"));
        Path intake = dir.resolve("court-intake.xlsx");
        try (OutputStream out = Files.newOutputStream(intake)) {
            new IntakeTemplate(TestAdvisor.get().knowledge()).write(null, court.received(), out);
        }
        browser.get(base + "/");
        browser.findElement(By.id("workbook")).sendKeys(intake.toString());
        browser.findElement(By.id("upload-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Lakeshore"));
        assertTrue(
                browser.findElement(By.id("status")).getText().contains(": READY"),
                browser.findElement(By.id("status")).getText());
        screenshot("upload-result.png");
    }

    @Test
    void checkDutiesAndSeeTheVerdicts() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.id("duties"))
                .sendKeys("Administer random urine screens\nFacilitate a weekly recovery group");
        browser.findElement(By.id("duties-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "2 duties reviewed"));
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("KEEP_OUT") && result.contains("FITS_ROLE"), result);
        screenshot("duties-result.png");
    }

    @Test
    void uploadAJobDescriptionAndSeeTheVerdictsAndTheSkippedSections() throws Exception {
        Path fixtures = Path.of("src", "test", "resources", "job-descriptions").toAbsolutePath();
        browser.get(base + "/");
        browser.findElement(By.id("job-description"))
                .sendKeys(
                        fixtures.resolve("peer-specialist-job-description.docx").toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "7 duties reviewed"));
        String result = browser.findElement(By.id("result")).getText();
        assertTrue(result.contains("Essential Functions, item 4") && result.contains("KEEP_OUT"), result);
        assertTrue(result.contains("Skipped sections (not reviewed)") && result.contains("Qualifications"), result);
        screenshot("job-description-result.png");

        browser.get(base + "/");
        browser.findElement(By.id("job-description"))
                .sendKeys(
                        fixtures.resolve("peer-specialist-job-description.pdf").toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "7 duties reviewed"));
        assertTrue(
                browser.findElement(By.id("result")).getText().contains("Duties and Responsibilities, item 3, page 1"));

        Path noise = dir.resolve("posting.pdf");
        Files.write(noise, "not a pdf at all".getBytes());
        browser.get(base + "/");
        browser.findElement(By.id("job-description")).sendKeys(noise.toString());
        browser.findElement(By.id("job-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "cannot be assessed"));
        assertTrue(browser.findElement(By.id("result")).getText().contains("(file): is not a PDF"));
    }

    @Test
    void anInvalidDescriptionShowsTheProblemAndTheField() throws Exception {
        browser.get(base + "/");
        browser.findElement(By.id("description")).sendKeys("{\"facts\": {\"caseloadPerPer\": 20}}");
        browser.findElement(By.id("paste-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "cannot be assessed"));
        assertTrue(browser.findElement(By.id("result")).getText().contains("facts.caseloadPerPer: unknown field"));
    }
}
