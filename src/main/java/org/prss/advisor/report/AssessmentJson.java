package org.prss.advisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.SkippedSection;

/** The assessment as a JSON document: same content as the workbook, fields in a fixed order. */
public final class AssessmentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    /** The same, without indentation: for HTTP responses, where size and speed matter more than reading by eye. */
    private static final ObjectMapper COMPACT = MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT);

    private AssessmentJson() {}

    public static byte[] toCompactJson(Assessment assessment) {
        try {
            return COMPACT.writeValueAsBytes(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Assessment assessment, OutputStream out) throws IOException {
        MAPPER.writeValue(out, assessment);
    }

    /** A role review, as {@link RoleReviewJson} lays it out, with the job description's sections not reviewed. */
    public static void writeRoleReview(Assessment review, List<SkippedSection> skipped, OutputStream out)
            throws IOException {
        MAPPER.writeValue(out, RoleReviewJson.of(review, skipped));
    }

    public static String toRoleReviewJson(Assessment review, List<SkippedSection> skipped) {
        try {
            return MAPPER.writeValueAsString(RoleReviewJson.of(review, skipped));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] toCompactRoleReviewJson(Assessment review, List<SkippedSection> skipped) {
        try {
            return COMPACT.writeValueAsBytes(RoleReviewJson.of(review, skipped));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(Assessment assessment) {
        try {
            return MAPPER.writeValueAsString(assessment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
