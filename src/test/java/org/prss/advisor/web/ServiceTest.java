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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.IntakeScope;
import org.prss.advisor.report.IntakeTemplate;

/** The service over real HTTP on a random port: every endpoint's success and error paths. */
class ServiceTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static RunningService service;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        service = RunningService.start();
        base = service.base();
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
    void aReadingChosenInTheQueryChangesTheVerdictAndAnUnknownOneIsAProblem() throws Exception {
        String description = """
                {"program": {"state": "WA", "setting": "LAW_ENFORCEMENT"},
                 "facts": {"medicaidBillingPlanned": true, "medicaidBillingProvider": "JUSTICE_AGENCY"}}""";
        byte[] police = description.getBytes(StandardCharsets.UTF_8);
        JsonNode byDefault = json(post("/api/assessments", police, "application/json", null));
        JsonNode chosen = json(post(
                "/api/assessments?reading=MEDICAID-NON-CLINICAL-SETTING%3DSTATE-COVERAGE-SUFFICES",
                police, "application/json", null));
        assertEquals("PARTIAL", status(byDefault, "MEDICAID-STATE-COVERAGE"));
        assertEquals("MET", status(chosen, "MEDICAID-STATE-COVERAGE"));
        assertEquals(
                "STATE-COVERAGE-SUFFICES", chosen.at("/readings/0/alternative").asText());

        HttpResponse<byte[]> unknown =
                post("/api/assessments?reading=MEDICAID-SETTING%3DX", police, "application/json", null);
        assertEquals(400, unknown.statusCode());
        assertEquals("application/problem+json", contentType(unknown));
        JsonNode problem = json(unknown);
        assertEquals("reading", problem.at("/errors/0/path").asText());
        assertTrue(
                problem.at("/errors/0/problem").asText().startsWith("'MEDICAID-SETTING' is not a declared reading"),
                problem.toString());
    }

    private static String status(JsonNode assessment, String id) {
        for (JsonNode f : assessment.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return f.get("status").asText();
            }
        }
        throw new AssertionError(id + " not found");
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

    @Test
    void rolesCheckJudgesTheSettingShowsTheFrameAndGivesTheWorkbook() throws Exception {
        byte[] line = "Share updates on each participant's progress with the probation officer\n".getBytes();
        JsonNode court = json(post("/api/roles/check?setting=treatment_court", line, "text/plain", null));
        assertEquals("KEEP_OUT", court.at("/duties/0/verdict/fit").asText());
        assertTrue(
                court.at("/duties/0/verdict/readAs/0").asText().startsWith("REPORTS_PROGRESS: share [updates]"),
                court.toString());
        assertTrue(court.at("/duties/0/verdict/instead").asText().startsWith("In a treatment court"), court.toString());
        JsonNode probation = json(post("/api/roles/check?setting=PROBATION_PAROLE", line, "text/plain", null));
        assertEquals("CONDITIONAL", probation.at("/duties/0/verdict/fit").asText());
        assertTrue(
                probation.at("/duties/0/verdict/reason").asText().contains("in this setting (PROBATION_PAROLE)"),
                probation.toString());
        HttpResponse<byte[]> misspelt = post("/api/roles/check?setting=probaton", line, "text/plain", null);
        assertEquals(400, misspelt.statusCode());
        assertTrue(
                json(misspelt).at("/errors/0/path").asText().contains("setting"),
                json(misspelt).toString());
        HttpResponse<byte[]> workbook = post(
                "/api/roles/check?setting=PROBATION_PAROLE",
                line,
                "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, workbook.statusCode());
        assertTrue(
                workbook.headers().firstValue("Content-Disposition").orElse("").contains("role-review.xlsx"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var duties = book.getSheet("Proposed Duties");
            assertEquals(
                    "Read as (who does what to whom)",
                    duties.getRow(0).getCell(8).getStringCellValue());
            assertEquals("CONDITIONAL", duties.getRow(1).getCell(3).getStringCellValue());
            assertTrue(duties.getRow(1).getCell(8).getStringCellValue().startsWith("REPORTS_PROGRESS"));
            assertTrue(duties.getRow(1).getCell(9).getStringCellValue().contains("signed release"));
        }
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
    void theQuestionnaireAsksWhatTheIntakeWorkbookAsksForTheSetting() throws Exception {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        HttpResponse<byte[]> response = get("/api/questionnaire?setting=jail");
        assertEquals(200, response.statusCode());
        JsonNode questionnaire = json(response);
        assertEquals("JAIL", questionnaire.get("setting").asText());
        assertEquals(
                kb.ruleSet().version(), questionnaire.at("/ruleSet/version").asText());
        IntakeScope scope = IntakeScope.of(kb, Setting.JAIL, null);
        Map<String, String> sectionOf = new LinkedHashMap<>();
        Map<String, JsonNode> questions = new LinkedHashMap<>();
        for (JsonNode section : questionnaire.get("sections")) {
            for (JsonNode q : section.path("questions")) {
                sectionOf.put(q.get("path").asText(), section.get("id").asText());
                questions.put(q.get("path").asText(), q);
            }
        }
        assertEquals(
                scope.questions().stream().map(i -> "answers." + i.id()).toList(),
                sectionOf.keySet().stream()
                        .filter(p -> p.startsWith("answers."))
                        .toList(),
                "the checklist questions the JAIL template asks, in its order");
        assertEquals(
                scope.fields().stream().map(IntakeField::path).sorted().toList(),
                sectionOf.keySet().stream()
                        .filter(p -> p.startsWith("program.") || p.startsWith("facts."))
                        .sorted()
                        .toList(),
                "the facts the JAIL template asks");
        assertEquals("program", sectionOf.get("program.setting"));
        assertEquals("program", sectionOf.get("facts.hoursPerWeek"), "a fact that decides no item");
        assertEquals("STAFFING", sectionOf.get("facts.caseloadPerPeer"), "a fact goes with the items it decides");
        assertEquals("READINESS", sectionOf.get("answers.RDY-LEAD-01"));
        JsonNode caseload = questions.get("facts.caseloadPerPeer");
        assertEquals("integer", caseload.get("kind").asText());
        assertEquals(0, caseload.get("minimum").asInt());
        assertEquals(1000, caseload.get("maximum").asInt());
        assertEquals("STAFF-CASELOAD", caseload.at("/feeds/0/id").asText());
        assertEquals("LAPPA Toolkit 2021", caseload.at("/citations/0/source").asText());
        JsonNode model = questions.get("facts.employmentModel");
        assertEquals("choice", model.get("kind").asText());
        assertEquals("Incarcerated peer", model.at("/choices/3/label").asText());
        assertEquals(
                "yesno", questions.get("facts.mentalHealthProgram").get("kind").asText());
        assertEquals("list", questions.get("facts.fundingSources").get("kind").asText());
        assertEquals(
                "HOUSING_UNITS",
                questions
                        .get("facts.reentry.accessPoints")
                        .at("/choices/0/value")
                        .asText(),
                "a list of fixed values offers them");
        assertEquals(
                "OH",
                questions.get("program.state").findValues("value").stream()
                        .map(JsonNode::asText)
                        .filter("OH"::equals)
                        .findFirst()
                        .orElse(""));
        JsonNode wages = questions.get("answers.INC-WAGES-HOURS");
        assertEquals("answer", wages.get("kind").asText());
        assertEquals("facts.employmentModel", wages.at("/onlyIf/0/path").asText());
        assertEquals("INCARCERATED_PEER", wages.at("/onlyIf/0/values/0").asText());
        assertFalse(wages.get("why").asText().isBlank());
        assertEquals(
                List.of("YES", "PARTIAL", "NO", "UNKNOWN"),
                JSON.convertValue(questionnaire.get("answers"), List.class));
        JsonNode role = section(questionnaire, "role");
        assertEquals(
                kb.roleWorksheet().activities().size() + 1,
                role.get("questions").size(),
                "activities and duties");
        assertEquals(
                "role.duties",
                role.at("/questions/" + kb.roleWorksheet().activities().size() + "/path")
                        .asText());
        JsonNode waivers = section(questionnaire, "waivers");
        assertEquals("waivers", waivers.get("path").asText());
        assertEquals("findingId", waivers.at("/columns/0/path").asText());
        assertEquals(scope.questions().size(), waivers.at("/columns/0/choices").size());
        assertEquals(
                !kb.evaluationGuide().outcomeDomains().isEmpty(),
                section(questionnaire, "measures") != null,
                "the measures are asked only when the knowledge names outcome domains");

        JsonNode every = json(get("/api/questionnaire"));
        assertFalse(every.has("setting"));
        JsonNode everyWages = questionOf(every, "answers.INC-WAGES-HOURS");
        assertEquals(
                "Only for JAIL and PRISON programs.", everyWages.get("note").asText());
        assertTrue(questionOf(json(get("/api/questionnaire?setting=COMMUNITY")), "answers.INC-WAGES-HOURS") == null);

        HttpResponse<byte[]> misspelt = get("/api/questionnaire?setting=JALE");
        assertEquals(400, misspelt.statusCode());
        assertEquals("application/problem+json", contentType(misspelt));
        assertEquals("setting", json(misspelt).at("/errors/0/path").asText());
        assertEquals("did you mean JAIL?", json(misspelt).at("/errors/0/hint").asText());
    }

    private static JsonNode section(JsonNode questionnaire, String id) {
        for (JsonNode section : questionnaire.get("sections")) {
            if (section.get("id").asText().equals(id)) {
                return section;
            }
        }
        return null;
    }

    private static JsonNode questionOf(JsonNode questionnaire, String path) {
        for (JsonNode section : questionnaire.get("sections")) {
            for (JsonNode q : section.path("questions")) {
                if (q.get("path").asText().equals(path)) {
                    return q;
                }
            }
        }
        return null;
    }

    @Test
    void descriptionsAreReadAsTheAdvisorReadsThemAndAnsweredAsJson() throws Exception {
        byte[] yaml = Files.readAllBytes(Path.of("samples/jail-planning.yaml"));
        HttpResponse<byte[]> read = post("/api/descriptions", yaml, "application/yaml", null);
        assertEquals(200, read.statusCode(), new String(read.body(), StandardCharsets.UTF_8));
        assertTrue(contentType(read).startsWith("application/json"));
        Submission direct = TestAdvisor.get().reader().read(Path.of("samples/jail-planning.yaml"));
        assertEquals(direct.received(), json(read), "the description as JSON, value for value");

        ByteArrayOutputStream intake = new ByteArrayOutputStream();
        new IntakeTemplate(TestAdvisor.get().knowledge()).write(null, direct.received(), intake);
        HttpResponse<byte[]> fromWorkbook = post(
                "/api/descriptions",
                upload("intake.xlsx", XLSX, intake.toByteArray()),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals(200, fromWorkbook.statusCode(), new String(fromWorkbook.body(), StandardCharsets.UTF_8));
        Submission again = TestAdvisor.get().reader().read("saved.json", fromWorkbook.body());
        assertEquals(
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get().assess(direct, TestAdvisor.AS_OF))),
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get().assess(again, TestAdvisor.AS_OF))),
                "the workbook read back as JSON is assessed as the description it was filled from");

        HttpResponse<byte[]> bad = post(
                "/api/descriptions",
                "{\"facts\": {\"caseloadPerPeer\": -5}}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                null);
        assertEquals(400, bad.statusCode());
        assertEquals("application/problem+json", contentType(bad));
        assertEquals("facts.caseloadPerPeer", json(bad).at("/errors/0/path").asText());
        assertEquals(
                "must be at least 0, found -5",
                json(bad).at("/errors/0/problem").asText());

        byte[] broken = withCell(intake.toByteArray(), "facts.peerPositions", "three");
        HttpResponse<byte[]> cell = post(
                "/api/descriptions",
                upload("broken.xlsx", XLSX, broken),
                "multipart/form-data; boundary=" + BOUNDARY,
                null);
        assertEquals(400, cell.statusCode());
        JsonNode problem = json(cell);
        assertTrue(problem.get("detail").asText().contains(" in broken.xlsx;"), problem.toString());
        assertTrue(problem.at("/errors/0/path").asText().matches("Program!B\\d+"), problem.toString());
        assertTrue(
                problem.at("/errors/0/problem").asText().startsWith("expected a number (Peer positions)"),
                problem.toString());
    }

    /** The intake workbook with the Program value of one field replaced by a text. */
    private static byte[] withCell(byte[] workbook, String path, String value) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("Program")) {
                if (row.getCell(4) != null && path.equals(row.getCell(4).getStringCellValue())) {
                    row.getCell(1).setCellValue(value);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theIntakeWorkbookFilledInFromADescription() throws Exception {
        byte[] json = Files.readAllBytes(Path.of("samples/butler-county-jail.json"));
        HttpResponse<byte[]> response = post("/api/template?setting=JAIL", json, "application/json", XLSX);
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, contentType(response));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").contains("intake-jail.xlsx"));
        Submission direct = TestAdvisor.get().reader().read(Path.of("samples/butler-county-jail.json"));
        Submission filled = TestAdvisor.get().reader().read("intake-jail.xlsx", response.body());
        assertEquals(
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get().assess(direct, TestAdvisor.AS_OF))),
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get().assess(filled, TestAdvisor.AS_OF))),
                "the filled workbook is assessed as the description it was filled from");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals("Instructions", wb.getSheetAt(0).getSheetName());
        }

        HttpResponse<byte[]> misspelt = post("/api/template?setting=PRISN", json, "application/json", XLSX);
        assertEquals(400, misspelt.statusCode());
        assertEquals("setting", json(misspelt).at("/errors/0/path").asText());
        HttpResponse<byte[]> bad = post(
                "/api/template",
                "{\"program\": {\"state\": \"Ohio\"}}".getBytes(StandardCharsets.UTF_8),
                "application/json",
                XLSX);
        assertEquals(400, bad.statusCode());
        assertEquals("program.state", json(bad).at("/errors/0/path").asText());
    }

    @Test
    void aStatesRowOfTheStateTable() throws Exception {
        JsonNode ohio = json(get("/api/states/oh"));
        assertEquals("state", ohio.get("kind").asText());
        assertEquals("Ohio", ohio.get("jurisdiction").asText());
        assertEquals(
                TestAdvisor.get().knowledge().state("OH").orElseThrow().title(),
                ohio.get("title").asText());
        HttpResponse<byte[]> unknown = get("/api/states/QQ");
        assertEquals(400, unknown.statusCode());
        assertEquals("application/problem+json", contentType(unknown));
        assertEquals("state", json(unknown).at("/errors/0/path").asText());
        assertEquals(
                "'QQ' is not in the state table",
                json(unknown).at("/errors/0/problem").asText());
        JsonNode openapi = json(get("/api/openapi"));
        for (String path : List.of("/api/questionnaire", "/api/descriptions", "/api/template", "/api/states/{code}")) {
            assertTrue(openapi.at("/paths").has(path), "documented in the OpenAPI description: " + path);
        }
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

    // Issue: friction a new user met.

    /** A multipart body of parts named {@code part}, one per file name and content given in turn. */
    private static byte[] parts(String part, Object... namesAndContents) throws Exception {
        ByteArrayOutputStream multipart = new ByteArrayOutputStream();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            multipart.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                            + namesAndContents[i] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            multipart.write((byte[]) namesAndContents[i + 1]);
            multipart.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        multipart.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return multipart.toByteArray();
    }

    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    @Test
    void aDateWrittenAnotherWayIsAProblemNamingAsOfAndTheForm() throws Exception {
        byte[] hr = Files.readAllBytes(Path.of("samples/team/hr.yaml"));
        byte[] staff = Files.readAllBytes(Path.of("samples/team/jail-staff.yaml"));
        List<HttpResponse<byte[]>> responses = List.of(
                post("/api/assessments?asOf=12/06/2026", hr, "application/yaml", null),
                post("/api/assessments?asOf=12/06/2026", parts("file", "hr.yaml", hr), MULTIPART, null),
                post(
                        "/api/team-assessments?asOf=12/06/2026",
                        parts("respondent", "hr.yaml", hr, "jail-staff.yaml", staff),
                        MULTIPART,
                        null));
        for (HttpResponse<byte[]> response : responses) {
            assertEquals(400, response.statusCode(), response.uri().toString());
            assertEquals("application/problem+json", contentType(response));
            JsonNode problem = json(response);
            assertEquals(
                    "1 problem(s) in the query; see errors for each field or cell.",
                    problem.get("detail").asText());
            assertEquals(
                    JSON.readTree("{\"path\": \"asOf\", \"problem\": \"'12/06/2026' is not a date\","
                            + " \"hint\": \"write it as YYYY-MM-DD, e.g. 2026-12-06\"}"),
                    problem.at("/errors/0"),
                    response.uri().toString());
        }
        assertEquals(
                200,
                post("/api/assessments?asOf=2026-12-06", hr, "application/yaml", null)
                        .statusCode());
    }

    @Test
    void aJobDescriptionWhereADescriptionBelongsPointsToTheRoleEndpoint() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "Duties")
                .bullet("Facilitate a weekly recovery group")
                .bytes();
        byte[] pdf = JobDescriptionFiles.pdf()
                .heading("Duties")
                .bullet("Facilitate a weekly recovery group")
                .bytes();
        byte[] hr = Files.readAllBytes(Path.of("samples/team/hr.yaml"));
        Map<String, HttpResponse<byte[]>> responses = new LinkedHashMap<>();
        responses.put("posting.docx", post("/api/descriptions", parts("file", "posting.docx", docx), MULTIPART, null));
        responses.put("posting.pdf", post("/api/descriptions", parts("file", "posting.pdf", pdf), MULTIPART, null));
        responses.put("request body", post("/api/descriptions", docx, "application/octet-stream", null));
        responses.put("job.pdf", post("/api/assessments", parts("file", "job.pdf", pdf), MULTIPART, null));
        responses.put("upload", post("/api/template", parts("file", "upload", docx), MULTIPART, null));
        responses.put(
                "job.docx",
                post("/api/team-assessments", parts("respondent", "hr.yaml", hr, "job.docx", docx), MULTIPART, null));
        for (Map.Entry<String, HttpResponse<byte[]>> e : responses.entrySet()) {
            HttpResponse<byte[]> response = e.getValue();
            assertEquals(400, response.statusCode(), e.getKey());
            JsonNode problem = json(response);
            assertEquals(
                    "1 problem(s) in " + e.getKey() + "; see errors for each field or cell.",
                    problem.get("detail").asText());
            assertEquals(
                    JSON.readTree("{\"path\": \"(file)\", \"problem\": \"is a job description, not a program"
                            + " description\", \"hint\": \"POST it to /api/roles/check, or check it on the web page's"
                            + " Check a peer role (/role.html)\"}"),
                    problem.at("/errors/0"),
                    e.getKey());
        }
        HttpResponse<byte[]> review = post("/api/roles/check", docx, "application/octet-stream", null);
        assertEquals(200, review.statusCode(), new String(review.body(), StandardCharsets.UTF_8));
        assertEquals("Duties, item 1", json(review).at("/duties/0/duty/origin").asText(), "the role endpoint reads it");
    }

    @Test
    void aChoiceOrStateInLowerCaseIsReadAsTheValueItNames() throws Exception {
        HttpResponse<byte[]> read = post(
                "/api/descriptions",
                "{\"program\": {\"state\": \"pa\", \"setting\": \"jail\"}, \"answers\": {\"RDY-LEAD-01\": \"yes\"}}"
                        .getBytes(StandardCharsets.UTF_8),
                "application/json",
                null);
        assertEquals(200, read.statusCode(), new String(read.body(), StandardCharsets.UTF_8));
        assertEquals(
                JSON.readTree("{\"program\": {\"state\": \"PA\", \"setting\": \"JAIL\"}, \"answers\":"
                        + " {\"RDY-LEAD-01\": \"YES\"}}"),
                json(read));
        HttpResponse<byte[]> assessed = post(
                "/api/assessments?asOf=2026-11-23",
                "program: {state: pa, setting: treatment_court}\n".getBytes(StandardCharsets.UTF_8),
                "application/yaml",
                null);
        assertEquals(200, assessed.statusCode(), new String(assessed.body(), StandardCharsets.UTF_8));
        assertEquals("TREATMENT_COURT", json(assessed).at("/program/setting").asText());
        HttpResponse<byte[]> misspelt = post(
                "/api/descriptions",
                "program: {setting: jial}\n".getBytes(StandardCharsets.UTF_8),
                "application/yaml",
                null);
        assertEquals(400, misspelt.statusCode());
        assertEquals("did you mean JAIL?", json(misspelt).at("/errors/0/hint").asText());
    }
}
