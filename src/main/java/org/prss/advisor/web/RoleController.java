package org.prss.advisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.JobDescriptionReader;
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
    private final DescriptionReader reader;
    private final WorkSlots slots;
    private final RoleReviewWorkbook workbooks;

    RoleController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.reader = ServiceReader.of(advisor);
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
        Optional<JobDescriptionReader.Format> format = JobDescriptionReader.Format.of(name, body);
        return slots.run(() -> review(
                format.isPresent()
                        ? advisor.jobDescriptions().read(name, format.get(), body)
                        : DutyListReader.isDutyList(name)
                                ? DutyListReader.read(name, body)
                                : reader.readRole(name, body),
                judged,
                answer));
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
        // A Word document or PDF sent as another type (application/octet-stream, say) is still read as one.
        Optional<JobDescriptionReader.Format> format =
                JobDescriptionReader.Format.ofMediaType(type).or(() -> JobDescriptionReader.Format.ofContent(body));
        return slots.run(() -> review(
                format.isPresent()
                        ? advisor.jobDescriptions().read(BODY, format.get(), body)
                        : type.startsWith(MediaType.TEXT_PLAIN_VALUE)
                                ? DutyListReader.read("duties", body)
                                : reader.readRole(BODY, body),
                judged,
                answer));
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
