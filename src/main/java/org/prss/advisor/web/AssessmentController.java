package org.prss.advisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/assessments}: a program description (JSON or YAML) or a filled intake workbook, in the body or
 * as a multipart upload named {@code file}; answers with the assessment as JSON, or as the workbook when the client
 * accepts the spreadsheet type.
 */
@RestController
@RequestMapping("/api")
class AssessmentController {

    private final Advisor advisor;
    private final DescriptionReader reader;
    private final AssessmentWorkbook workbooks;
    private final WorkSlots slots;

    AssessmentController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.reader = ServiceReader.of(advisor);
        this.workbooks = new AssessmentWorkbook(advisor.knowledge());
        this.slots = slots;
    }

    @PostMapping(value = "/assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> assessUpload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "reading", required = false) List<String> readings,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException, InvalidInputException {
        Responses.Format format = Responses.negotiate(accept);
        String name = RequestBody.fileName(file);
        byte[] body = file.getBytes();
        Advisor chosen = QueryParameters.readings(advisor, readings);
        return slots.run(() -> respond(chosen, reader.read(name, body), asOf, format));
    }

    @PostMapping(
            value = "/assessments",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                Responses.XLSX
            })
    ResponseEntity<byte[]> assess(
            HttpServletRequest request,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "reading", required = false) List<String> readings,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException, InvalidInputException {
        Responses.Format format = Responses.negotiate(accept);
        byte[] body = RequestBody.read(request);
        Advisor chosen = QueryParameters.readings(advisor, readings);
        return slots.run(() -> respond(chosen, reader.read("request body", body), asOf, format));
    }

    private ResponseEntity<byte[]> respond(
            Advisor advisor, Submission submission, LocalDate asOf, Responses.Format format) throws IOException {
        Assessment assessment = advisor.assess(submission, asOf == null ? LocalDate.now() : asOf);
        return Responses.assessment(assessment, submission, format, workbooks, "assessment.xlsx");
    }
}
