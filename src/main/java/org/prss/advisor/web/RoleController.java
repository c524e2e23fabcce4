package org.prss.advisor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.report.AssessmentJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.LocalDate;

/**
 * {@code POST /api/roles/check}: duties as plain text (one per line), as JSON or YAML {@code {"duties": [...]}}, or a
 * whole program description; answers with the role review: a verdict per duty and the ROLE findings.
 */
@RestController
@RequestMapping("/api")
class RoleController {

    private final Advisor advisor;
    private final WorkSlots slots;

    RoleController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.slots = slots;
    }

    @PostMapping(value = "/roles/check", produces = MediaType.APPLICATION_JSON_VALUE, consumes = {MediaType.TEXT_PLAIN_VALUE,
            MediaType.APPLICATION_JSON_VALUE, "application/yaml", "application/x-yaml", "text/yaml",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ResponseEntity<byte[]> check(HttpServletRequest request) throws IOException, InvalidInputException, KnowledgeException {
        byte[] body = RequestBody.read(request);
        String type = request.getContentType() == null ? "" : request.getContentType();
        return slots.run(() -> {
            Submission submission = type.startsWith(MediaType.TEXT_PLAIN_VALUE)
                    ? DutyListReader.read("duties", body) : advisor.reader().readRole("request body", body);
            return Responses.json(AssessmentJson.toCompactRoleReviewJson(advisor.reviewRole(submission, LocalDate.now())));
        });
    }
}
