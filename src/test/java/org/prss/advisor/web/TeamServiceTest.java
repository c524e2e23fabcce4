package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.IntakeTemplate;

/**
 * {@code POST /api/team-assessments} over real HTTP: the three sample respondents (one of them as an intake workbook)
 * give the assessment the library gives, or its workbook; fewer than two files, or files of two programs, are
 * problems naming the part or the file.
 */
class TeamServiceTest {

    private static final String XLSX = ServiceTest.XLSX;
    private static final String BOUNDARY = "----advisor-team-test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningService service;
    private static String base;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        base = service.base();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** The sample respondents' files by name, in order. */
    private static Map<String, byte[]> samples() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String sample : List.of("leadership.yaml", "hr.yaml", "jail-staff.yaml")) {
            files.put(sample, Files.readAllBytes(Path.of("samples", "team", sample)));
        }
        return files;
    }

    private static HttpResponse<byte[]> post(Map<String, byte[]> files, String accept) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"respondent\"; filename=\""
                            + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/team-assessments?asOf=2026-11-23"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("Exception") || body.contains("\tat "), "no stack trace in a response: " + body);
        return JSON.readTree(body);
    }

    @Test
    void theTeamAssessmentOverHttpIsTheLibrarysFieldForField() throws Exception {
        HttpResponse<byte[]> response = post(samples(), "application/json");
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        List<Submission> respondents = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : samples().entrySet()) {
            respondents.add(TestAdvisor.get().reader().read(file.getKey(), file.getValue()));
        }
        assertEquals(
                JSON.readTree(AssessmentJson.toJson(TestAdvisor.get()
                        .assessTeam(respondents, TestAdvisor.AS_OF)
                        .assessment())),
                json(response));
        assertEquals(
                "facts.caseloadPerPeer",
                json(response).at("/team/factDisagreements/0/path").asText());
        assertEquals(10, json(response).at("/team/agenda").size());
    }

    @Test
    void theWorkbookWithTheTeamSheetsWhenTheClientAcceptsASpreadsheet() throws Exception {
        Map<String, byte[]> files = samples();
        ByteArrayOutputStream intake = new ByteArrayOutputStream();
        new IntakeTemplate(TestAdvisor.get().knowledge())
                .write(
                        null,
                        TestAdvisor.get()
                                .reader()
                                .read("hr.yaml", files.get("hr.yaml"))
                                .received(),
                        intake);
        Map<String, byte[]> mixed = new LinkedHashMap<>();
        mixed.put("leadership.yaml", files.get("leadership.yaml"));
        mixed.put("hr.xlsx", intake.toByteArray());
        mixed.put("jail-staff.yaml", files.get("jail-staff.yaml"));
        HttpResponse<byte[]> response = post(mixed, XLSX);
        assertEquals(200, response.statusCode());
        assertEquals(XLSX, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(
                response.headers().firstValue("Content-Disposition").orElse("").contains("team-assessment.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals("Team Answers", workbook.getSheetName(2));
            assertEquals("Discussion Agenda", workbook.getSheetName(3));
            assertEquals(
                    "Lee Park (HUMAN_RESOURCES): answer",
                    workbook.getSheet("Team Answers").getRow(0).getCell(5).getStringCellValue(),
                    "the intake workbook's respondent is read");
        }
    }

    @Test
    void oneRespondentIsAProblemNamingThePart() throws Exception {
        Map<String, byte[]> one = new LinkedHashMap<>();
        one.put("leadership.yaml", samples().get("leadership.yaml"));
        HttpResponse<byte[]> response = post(one, null);
        assertEquals(400, response.statusCode());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals("respondent", problem.at("/errors/0/path").asText());
        assertEquals(
                "a team self-assessment needs two or more respondents' files, 1 given",
                problem.at("/errors/0/problem").asText());
    }

    @Test
    void respondentsOfTwoProgramsAreAProblemNamingTheFiles() throws Exception {
        Map<String, byte[]> files = samples();
        files.put(
                "jail-staff.yaml",
                new String(files.get("jail-staff.yaml"), StandardCharsets.UTF_8)
                        .replace("Lakeview County Jail Peer Recovery Program", "Hillside Jail Peer Program")
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = post(files, null);
        assertEquals(400, response.statusCode());
        JsonNode problem = json(response);
        assertTrue(problem.get("detail").asText().contains("jail-staff.yaml"), problem.toString());
        assertEquals("program.name", problem.at("/errors/0/path").asText());
        assertEquals(
                "'Hillside Jail Peer Program' is not the program of leadership.yaml ('Lakeview County Jail Peer"
                        + " Recovery Program')",
                problem.at("/errors/0/problem").asText());
    }
}
