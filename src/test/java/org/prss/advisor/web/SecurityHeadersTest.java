package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headers a public page needs, over real HTTP on every kind of response: the page, its script and style sheet,
 * an API answer, a problem, a 404, an over-size body, a wrong method, health, and Tomcat's own refusal of a request
 * it cannot parse. The pages themselves must keep
 * working under the policy: no inline script, style or event handler in them (the browser test runs them under it).
 */
class SecurityHeadersTest {

    private static final String CSP =
            "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(service.base() + path)).GET();
    }

    private static HttpRequest.Builder post(String path, byte[] body, String contentType) {
        return HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Each header once, with exactly its value. */
    private static void assertHeaders(HttpResponse<?> response) {
        String what = response.request().method() + " " + response.uri().getPath() + " (" + response.statusCode() + ")";
        assertEquals(List.of(CSP), response.headers().allValues("Content-Security-Policy"), what);
        assertEquals(List.of("DENY"), response.headers().allValues("X-Frame-Options"), what);
        assertEquals(List.of("nosniff"), response.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("no-referrer"), response.headers().allValues("Referrer-Policy"), what);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void everyPageAndItsScriptsAndStyleSheet() throws Exception {
        for (String path : List.of("/", "/index.html", "/results.html", "/role.html")) {
            HttpResponse<String> page = send(get(path));
            assertEquals(200, page.statusCode(), path);
            assertTrue(contentType(page).startsWith("text/html"), path);
            assertHeaders(page);
        }
        HttpResponse<String> script = send(get("/js/questionnaire.js"));
        assertEquals(200, script.statusCode());
        assertTrue(contentType(script).startsWith("text/javascript"), contentType(script));
        assertHeaders(script);
        HttpResponse<String> css = send(get("/app.css"));
        assertEquals(200, css.statusCode());
        assertTrue(contentType(css).startsWith("text/css"), contentType(css));
        assertHeaders(css);
    }

    @Test
    void anApiAnswerAndItsProblems() throws Exception {
        HttpResponse<String> answer = send(post(
                "/api/assessments", Files.readAllBytes(Path.of("samples/jail-planning.yaml")), "application/yaml"));
        assertEquals(200, answer.statusCode());
        assertTrue(contentType(answer).startsWith("application/json"), contentType(answer));
        assertHeaders(answer);
        HttpResponse<String> invalid =
                send(post("/api/assessments", "{\"facts\": {\"caseloadPerPer\": 20}}".getBytes(), "application/json"));
        assertEquals(400, invalid.statusCode());
        assertEquals("application/problem+json", contentType(invalid));
        assertHeaders(invalid);
        HttpResponse<String> tooLarge = send(post("/api/assessments", new byte[11 * 1024 * 1024], "application/json"));
        assertEquals(413, tooLarge.statusCode());
        assertHeaders(tooLarge);
        HttpResponse<String> wrongMethod = send(get("/api/assessments"));
        assertEquals(405, wrongMethod.statusCode());
        assertHeaders(wrongMethod);
        HttpResponse<String> knowledge = send(get("/api/knowledge"));
        assertEquals(200, knowledge.statusCode());
        assertHeaders(knowledge);
    }

    @Test
    void notFoundAndHealth() throws Exception {
        for (String path : List.of("/no-such-page.html", "/api/no-such-thing", "/js/no-such-script.js")) {
            HttpResponse<String> missing = send(get(path));
            assertEquals(404, missing.statusCode(), path);
            assertFalse(missing.body().contains("\tat "), "no stack trace: " + missing.body());
            assertHeaders(missing);
        }
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = send(get(path));
            assertEquals(200, health.statusCode(), path);
            assertHeaders(health);
        }
    }

    @Test
    void tomcatsOwnRefusalOfARequestItCannotParse() throws Exception {
        int port = URI.create(service.base()).getPort();
        for (String request : List.of(
                "GET /% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a b\r\nConnection: close\r\n\r\n")) {
            String status;
            Map<String, String> headers = new LinkedHashMap<>();
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String[] lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
                status = lines[0];
                for (int i = 1; i < lines.length; i++) {
                    int colon = lines[i].indexOf(':');
                    headers.put(
                            lines[i].substring(0, colon).toLowerCase(),
                            lines[i].substring(colon + 1).strip());
                }
            }
            String what = request.lines().findFirst().orElseThrow() + ": " + status;
            assertTrue(status.startsWith("HTTP/1.1 400"), what);
            assertEquals(CSP, headers.get("content-security-policy"), what);
            assertEquals("DENY", headers.get("x-frame-options"), what);
            assertEquals("nosniff", headers.get("x-content-type-options"), what);
            assertEquals("no-referrer", headers.get("referrer-policy"), what);
        }
    }

    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void thePagesHaveNothingInlineThePolicyWouldBlock() throws Exception {
        for (String path : List.of("/index.html", "/results.html", "/role.html")) {
            String page = send(get(path)).body();
            assertFalse(INLINE.matcher(page).find(), path + " has an inline script, style or event handler");
        }
    }
}
