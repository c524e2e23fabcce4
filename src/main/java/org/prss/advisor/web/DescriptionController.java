package org.prss.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the web page saves and loads, with nothing kept on the server: {@code POST /api/descriptions} reads a
 * description (JSON or YAML) or a filled intake workbook as the advisor reads any input and answers with the
 * description as JSON, or with the problems that stop it being assessed; {@code POST /api/template} answers with the
 * intake workbook filled in from one, as {@code ./advisor template --from} writes it.
 */
@RestController
@RequestMapping("/api")
class DescriptionController {

    private static final String BODY = "request body";

    private final Advisor advisor;
    private final DescriptionReader reader;
    private final IntakeTemplate template;
    private final WorkSlots slots;

    DescriptionController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.reader = ServiceReader.of(advisor);
        this.template = new IntakeTemplate(advisor.knowledge());
        this.slots = slots;
    }

    @PostMapping(
            value = "/descriptions",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode readUpload(@RequestParam("file") MultipartFile file) throws IOException, InvalidInputException {
        String name = RequestBody.fileName(file);
        byte[] body = file.getBytes();
        return slots.run(() -> reader.read(name, body).received());
    }

    @PostMapping(
            value = "/descriptions",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                Responses.XLSX
            },
            produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode read(HttpServletRequest request) throws IOException, InvalidInputException {
        byte[] body = RequestBody.read(request);
        return slots.run(() -> reader.read(BODY, body).received());
    }

    @PostMapping(value = "/template", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> templateUpload(
            @RequestParam("file") MultipartFile file, @RequestParam(name = "setting", required = false) String setting)
            throws IOException, InvalidInputException {
        Setting wanted = QueryParameters.setting(setting);
        String name = RequestBody.fileName(file);
        byte[] body = file.getBytes();
        return slots.run(() -> filled(reader.read(name, body), wanted));
    }

    @PostMapping(
            value = "/template",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                Responses.XLSX
            })
    ResponseEntity<byte[]> template(
            HttpServletRequest request, @RequestParam(name = "setting", required = false) String setting)
            throws IOException, InvalidInputException {
        Setting wanted = QueryParameters.setting(setting);
        byte[] body = RequestBody.read(request);
        return slots.run(() -> filled(reader.read(BODY, body), wanted));
    }

    /** The intake workbook for the setting asked for, else the description's own, filled in from it. */
    private ResponseEntity<byte[]> filled(Submission submission, Setting setting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Setting written = template.write(setting, submission.received(), out).setting();
        return Responses.workbook(
                out.toByteArray(),
                written == null ? "intake.xlsx" : "intake-" + written.name().toLowerCase(Locale.ROOT) + ".xlsx");
    }
}
