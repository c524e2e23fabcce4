package org.prss.advisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.RoleInputReader;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.RoleReviewWorkbook;
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
 * {@code POST /api/roles/check}: duties as plain text (one per line), as JSON or YAML {@code {"duties": [...]}}, a
 * whole program description, or a job description as a Word document (.docx) or PDF, in the body or as a multipart
 * upload named {@code file}; answers with the role review: a verdict per duty, the ROLE findings and, for a job
 * description, the sections that were skipped because they do not list duties.
 */
@RestController
@RequestMapping("/api")
class RoleController {

    private static final String BODY = "request body";

    private final Advisor advisor;
    private final RoleInputReader roleInputs;
    private final WorkSlots slots;
    private final RoleReviewWorkbook workbooks;

    RoleController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.roleInputs = advisor.roleInputs();
        this.slots = slots;
        this.workbooks = new RoleReviewWorkbook(advisor.knowledge());
    }

    @PostMapping(value = "/roles/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> checkUpload(
            @RequestParam("file") MultipartFile file,
            @RequestParam(name = "setting", required = false) String setting,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException, InvalidInputException, KnowledgeException {
        Responses.Format answer = Responses.negotiate(accept);
        Setting judged = QueryParameters.setting(setting);
        String name = RequestBody.fileName(file);
        byte[] body = file.getBytes();
        return slots.run(() -> review(roleInputs.read(name, null, body).submission(), judged, answer));
    }

    @PostMapping(
            value = "/roles/check",
            consumes = {
                MediaType.TEXT_PLAIN_VALUE,
                MediaType.APPLICATION_JSON_VALUE,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                MediaType.APPLICATION_OCTET_STREAM_VALUE,
                MediaType.APPLICATION_PDF_VALUE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            })
    ResponseEntity<byte[]> check(
            HttpServletRequest request,
            @RequestParam(name = "setting", required = false) String setting,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException, InvalidInputException, KnowledgeException {
        Responses.Format answer = Responses.negotiate(accept);
        Setting judged = QueryParameters.setting(setting);
        byte[] body = RequestBody.read(request);
        String type = request.getContentType() == null ? "" : request.getContentType();
        return slots.run(() -> review(roleInputs.read(BODY, type, body).submission(), judged, answer));
    }

    /** The review as JSON, or as the focused role-review workbook the command line writes. */
    private ResponseEntity<byte[]> review(Submission read, Setting setting, Responses.Format answer)
            throws KnowledgeException, InvalidInputException, IOException {
        Submission submission = read.inSetting(setting, "?setting=");
        Assessment review = advisor.reviewRole(submission, LocalDate.now());
        if (answer == Responses.Format.WORKBOOK) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbooks.write(review, submission, out);
            return Responses.workbook(out.toByteArray(), "role-review.xlsx");
        }
        return Responses.json(AssessmentJson.toCompactRoleReviewJson(review, submission.skippedSections()));
    }
}
