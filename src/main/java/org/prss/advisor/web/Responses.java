package org.prss.advisor.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentJson;
import org.prss.advisor.report.AssessmentWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two answers the API gives, JSON or a workbook, chosen from the client's Accept header in its order. */
final class Responses {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

    /** What the client asked for. */
    enum Format {
        JSON,
        WORKBOOK
    }

    private Responses() {}

    static Format negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Format.JSON;
        }
        for (MediaType type : MediaType.parseMediaTypes(accept)) {
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return Format.JSON;
            }
            if (type.isCompatibleWith(XLSX_TYPE)) {
                return Format.WORKBOOK;
            }
        }
        throw new ApiProblems.NotAcceptable(accept, List.of(MediaType.APPLICATION_JSON_VALUE, XLSX));
    }

    static ResponseEntity<byte[]> json(byte[] json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json);
    }

    static ResponseEntity<byte[]> workbook(byte[] workbook, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLSX_TYPE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(workbook);
    }

    /** An assessment in the format asked for: its JSON, or its gap-analysis workbook under {@code fileName}. */
    static ResponseEntity<byte[]> assessment(
            Assessment assessment, Submission submission, Format format, AssessmentWorkbook workbooks, String fileName)
            throws IOException {
        if (format == Format.JSON) {
            return json(AssessmentJson.toCompactJson(assessment));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbooks.write(assessment, submission, out);
        return workbook(out.toByteArray(), fileName);
    }
}
