package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionFiles;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.IntakeTemplate;
import org.springframework.context.ConfigurableApplicationContext;

/** The service over real HTTP on a random port: every endpoint's success and error paths. */
class ServiceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static ConfigurableApplicationContext service;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = AdvisorApplication.start(TestAdvisor.get(), 0);
        base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static HttpResponse<byte[]> post(String path, byte[] body, String contentType, String accept) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("Exception") || body.contains("\tat "), "no stack trace in a response: " + body);
        return JSON.readTree(body);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jail-planning.yaml",
                "treatment-court-operating.json",
                "butler-county-jail.json",
                "role-troublesome-duties.yaml"
            })
    void resultsOverHttpEqualTheClisForEverySample(String sample) throws Exception {
        byte[] body = Files.readAllBytes(Path.of("samples", sample));
        HttpResponse<byte[]> response = post(
                "/api/assessments?asOf=2026-11-23",
                body,
                sample.endsWith(".json") ? "application/json" : "application/yaml",
                "application/json");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"));
        Submission direct = TestAdvisor.get().reader().read(Path.of("samples", sample));
        assertEquals(
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get().assess(direct, TestAdvisor.AS_OF))),
                JSON.readTree(response.body()),
                "the same assessment as the CLI's --json, field for field");
    }

    @Test
    void theWorkbookWhenTheClientAcceptsASpreadsheet() throws Exception {
        HttpResponse<byte[]> response = post(
                "/api/assessments",
                Files.readAllBytes(Path.of("samples/jail-planning.yaml")),
                "application/yaml",
                XLSX);
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, contentType(response));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").contains("assessment.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals("Summary", wb.getSheetAt(0).getSheetName());
        }
    }

    @Test
    void aFilledIntakeWorkbookAsAnUploadOrAsTheBody() throws Exception {
        Submission jail = TestAdvisor.get().reader().read(Path.of("samples/jail-planning.yaml"));
        ByteArrayOutputStream intake = new ByteArrayOutputStream();
        new IntakeTemplate(TestAdvisor.get().knowledge()).write(null, jail.received(), intake);
        String boundary = "----advisor-test";
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"intake.xlsx\"\r\n"
                                + "Content-Type: " + XLSX + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        multipart.write(intake.toByteArray());
        multipart.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> upload = post(
                "/api/assessments?asOf=2026-11-23",
                multipart.toByteArray(),
                "multipart/form-data; boundary=" + boundary,
                null);
        assertEquals(200, upload.statusCode(), new String(upload.body(), StandardCharsets.UTF_8));
        assertEquals(
                TestAdvisor.overallScore("jail-planning.yaml"),
                json(upload).at("/scores/overall").asDouble());
        HttpResponse<byte[]> raw = post("/api/assessments?asOf=2026-11-23", intake.toByteArray(), XLSX, null);
        assertEquals(new String(upload.body(), StandardCharsets.UTF_8), new String(raw.body(), StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidDescriptionIsAProblemNamingTheField() throws Exception {
        HttpResponse<byte[]> response =
                post("/api/assessments", "{\"facts\": {\"caseloadPerPer\": 20}}".getBytes(), "application/json", null);
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", contentType(response));
        JsonNode problem = json(response);
        assertEquals(
                "https://prss-advisor.example/problems/invalid-input",
                problem.get("type").asText());
        assertEquals("facts.caseloadPerPer", problem.at("/errors/0/path").asText());
        assertEquals(
                "did you mean 'caseloadPerPeer'?", problem.at("/errors/0/hint").asText());
    }

    @Test
    void aMalformedWorkbookIsAProblem() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("notes.txt"));
            z.write("not a workbook".getBytes());
        }
        HttpResponse<byte[]> response = post("/api/assessments", zip.toByteArray(), XLSX, null);
        assertEquals(400, response.statusCode());
        JsonNode problem = json(response);
        assertEquals("(file)", problem.at("/errors/0/path").asText());
        assertTrue(problem.at("/errors/0/problem").asText().startsWith("is not a readable Excel workbook (.xlsx)"));
    }

    @Test
    void sizeLimitMediaTypeAndAcceptProblems() throws Exception {
        HttpResponse<byte[]> large = post("/api/assessments", new byte[11 * 1024 * 1024], "application/json", null);
        assertEquals(413, large.statusCode());
        assertEquals(
                "https://prss-advisor.example/problems/too-large",
                json(large).get("type").asText());
        HttpResponse<byte[]> form =
                post("/api/assessments", "a=b".getBytes(), "application/x-www-form-urlencoded", null);
        assertEquals(415, form.statusCode());
        assertEquals("application/problem+json", contentType(form));
        HttpResponse<byte[]> html = post(
                "/api/assessments",
                Files.readAllBytes(Path.of("samples/jail-planning.yaml")),
                "application/yaml",
                "text/html");
        assertEquals(406, html.statusCode());
        assertTrue(json(html).get("detail").asText().startsWith("cannot answer with text/html"));
    }

    @Test
    void rolesCheckTakesTextOrJsonDuties() throws Exception {
        HttpResponse<byte[]> text = post(
                "/api/roles/check",
                "Administer random urine screens\nFacilitate a weekly recovery group\n".getBytes(),
                "text/plain",
                null);
        assertEquals(200, text.statusCode());
        JsonNode review = json(text);
        assertEquals("KEEP_OUT", review.at("/duties/0/verdict/fit").asText());
        assertEquals("line 1", review.at("/duties/0/duty/origin").asText());
        assertEquals(7, review.get("findings").size());
        assertEquals(1, review.at("/dutyVerdicts/KEEP_OUT").asInt());
        assertFalse(review.has("verdict") || review.has("scores"), "a role review has no program verdict or score");
        HttpResponse<byte[]> duties = post(
                "/api/roles/check",
                "{\"duties\": [\"Drive participants to court dates\"]}".getBytes(),
                "application/json",
                null);
        assertEquals("CONDITIONAL", json(duties).at("/duties/0/verdict/fit").asText());
        HttpResponse<byte[]> empty = post("/api/roles/check", "\n".getBytes(), "text/plain", null);
        assertEquals(400, empty.statusCode());
        assertEquals("no duties found", json(empty).at("/errors/0/problem").asText());
    }

    private static byte[] upload(String fileName, String type, byte[] content) throws Exception {
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        multipart.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\n" + "Content-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        multipart.write(content);
        multipart.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return multipart.toByteArray();
    }

    private static final String BOUNDARY = "----advisor-job-description";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void rolesCheckTakesAWordJobDescriptionUploadedAsAFile() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "Summary")
                .text("Supports people in recovery on probation.")
                .heading(1, "Responsibilities")
                .numbered("Administer random urine screens")
                .numbered("Facilitate a weekly recovery group")
                .heading(1, "Qualifications")
                .bullet("Two years in recovery")
                .bullet("State certification")
                .bytes();
        HttpResponse<byte[]> response = post(
                "/api/roles/check",
                upload("posting.docx", DOCX, docx),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        JsonNode review = json(response);
        assertEquals(2, review.get("duties").size());
        assertEquals("KEEP_OUT", review.at("/duties/0/verdict/fit").asText());
        assertEquals(
                "Responsibilities, item 1", review.at("/duties/0/duty/origin").asText());
        assertEquals("FITS_ROLE", review.at("/duties/1/verdict/fit").asText());
        assertEquals(7, review.get("findings").size());
        assertEquals("Summary", review.at("/skippedSections/0/heading").asText());
        assertEquals("Qualifications", review.at("/skippedSections/1/heading").asText());
        assertEquals(2, review.at("/skippedSections/1/lines").asInt());

        HttpResponse<byte[]> raw = post("/api/roles/check", docx, DOCX, null);
        assertEquals(
                new String(response.body(), StandardCharsets.UTF_8),
                new String(raw.body(), StandardCharsets.UTF_8),
                "the same document in the body reads the same");
        HttpResponse<byte[]> text = post(
                "/api/roles/check",
                upload("duties.txt", "text/plain", "Facilitate a weekly recovery group\n".getBytes()),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals("line 1", json(text).at("/duties/0/duty/origin").asText());
        assertEquals(0, json(text).get("skippedSections").size());
    }

    @Test
    void anUnreadableJobDescriptionIsAProblemNamingTheFile() throws Exception {
        HttpResponse<byte[]> noise = post(
                "/api/roles/check",
                upload("posting.pdf", "application/pdf", JobDescriptionFiles.noise(2048)),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals(400, noise.statusCode());
        JsonNode problem = json(noise);
        assertEquals(
                "1 problem(s) in posting.pdf; see errors for each field or cell.",
                problem.get("detail").asText());
        assertEquals("(file)", problem.at("/errors/0/path").asText());
        assertTrue(problem.at("/errors/0/problem").asText().startsWith("is not a PDF"), problem.toString());
        byte[] locked = JobDescriptionFiles.pdf()
                .heading("Duties")
                .bullet("Facilitate a weekly recovery group")
                .encrypted("secret");
        HttpResponse<byte[]> encrypted = post("/api/roles/check", locked, "application/pdf", null);
        assertEquals(400, encrypted.statusCode());
        assertEquals(
                "the PDF is password-protected, so its text cannot be read",
                json(encrypted).at("/errors/0/problem").asText());
        HttpResponse<byte[]> scan = post(
                "/api/roles/check",
                upload("C:\\Users\\pat\\scan.pdf", "application/pdf", JobDescriptionFiles.scannedPdf()),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals(400, scan.statusCode());
        assertTrue(json(scan).get("detail").asText().contains(" in scan.pdf;"), "the file is named without its folder");
    }

    @Test
    void knowledgeSchemaTemplateAndHealth() throws Exception {
        JsonNode knowledge = json(get("/api/knowledge"));
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        assertEquals(kb.items().size(), knowledge.get("items").size());
        assertEquals(kb.ruleSet().version(), knowledge.at("/ruleSet/version").asText());
        assertEquals(54, knowledge.get("activities").size());
        assertEquals(kb.thresholds().size(), knowledge.get("thresholds").size());
        assertEquals(51, knowledge.get("states").size());
        assertEquals(
                kb.jobDescriptionSections().names().size(),
                knowledge.at("/dutySections/names").size());
        assertEquals(
                "Essential Functions", knowledge.at("/dutySections/names/4").asText());
        assertEquals("state", knowledge.at("/states/0/kind").asText());
        HttpResponse<byte[]> schema = get("/api/schema");
        assertEquals("application/schema+json", contentType(schema));
        assertEquals(
                "Peer support program description", json(schema).get("title").asText());
        HttpResponse<byte[]> template = get("/api/template?setting=JAIL");
        assertEquals(XLSX, contentType(template));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertTrue(wb.getSheet("Checklist").getLastRowNum() < kb.items().size(), "only what can apply to a jail");
        }
        assertEquals(
                "{\"status\":\"UP\"}",
                new String(get("/actuator/health/readiness").body(), StandardCharsets.UTF_8));
        assertEquals(
                "{\"status\":\"UP\"}",
                new String(get("/actuator/health/liveness").body(), StandardCharsets.UTF_8));
        JsonNode openapi = json(get("/api/openapi"));
        assertTrue(openapi.at("/paths").has("/api/assessments"), openapi.toString());
        assertTrue(new String(get("/").body(), StandardCharsets.UTF_8)
                .contains("<h1>Peer Support Readiness Advisor</h1>"));
        assertEquals(XLSX, contentType(get("/api/template?setting=jail")), "a setting in any case");
        HttpResponse<byte[]> misspelt = get("/api/template?setting=PRISN");
        assertEquals(400, misspelt.statusCode());
        assertEquals("application/problem+json", contentType(misspelt));
        JsonNode problem = json(misspelt);
        assertEquals("setting", problem.at("/errors/0/path").asText());
        assertEquals(
                "'PRISN' is not a valid value", problem.at("/errors/0/problem").asText());
        assertEquals(
                "did you mean PRISON?", problem.at("/errors/0/hint").asText(), "the same words as the command line");
    }

    @Test
    void concurrentAssessmentsGiveTheSameResult() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("samples/treatment-court-operating.json"));
        List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(HTTP.sendAsync(
                    HttpRequest.newBuilder(URI.create(base + "/api/assessments?asOf=2026-11-23"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        String first = null;
        for (CompletableFuture<HttpResponse<byte[]>> call : calls) {
            HttpResponse<byte[]> r = call.get();
            assertEquals(200, r.statusCode());
            String text = new String(r.body(), StandardCharsets.UTF_8);
            if (first == null) {
                first = text;
            }
            assertEquals(first, text);
        }
    }
}
