package org.prss.advisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.prss.advisor.input.FileKind;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.document.OfficeZipLimits;
import org.prss.advisor.report.EmbeddedAssessment;

/**
 * Reads an assessment back from the JSON the advisor wrote, or from a workbook it wrote, recognised from the content.
 */
public final class SnapshotReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotReader() {}

    public static AssessmentSnapshot read(Path file) throws InvalidInputException {
        String name = file.toString();
        try {
            InputFiles.requireFile(
                    file, "compare takes two assessment files, each the JSON or the workbook ./advisor assess wrote");
            byte[] content = Files.readAllBytes(file);
            String looks = FileKind.content(content);
            JsonNode json;
            if (looks.equals("an Excel workbook")) {
                Optional<JsonNode> embedded = EmbeddedAssessment.read(new ByteArrayInputStream(content));
                if (embedded.isEmpty()) {
                    throw notAnAssessment(
                            name,
                            "is an Excel workbook but not an assessment the advisor wrote (an intake"
                                    + " workbook, say)");
                }
                json = embedded.get();
            } else if (!looks.equals("text")) {
                throw notAnAssessment(name, "is not an assessment: its content is " + looks);
            } else if (!startsLikeJson(content)) {
                throw notAnAssessment(name, "is YAML text (a program description, say), not an assessment");
            } else {
                json = JSON.readTree(content);
            }
            if (json != null
                    && json.isObject()
                    && !json.has("findings")
                    && (json.has("program") || json.has("facts") || json.has("answers") || json.has("role"))) {
                throw notAnAssessment(name, "is a program description, not an assessment");
            }
            if (json != null && json.has("dutyVerdicts")) {
                throw notAnAssessment(name, "is a role review from ./advisor role, not an assessment of a program");
            }
            if (json == null || !json.has("findings") || !json.has("ruleSet")) {
                throw notAnAssessment(name, "is not an assessment written by the advisor");
            }
            return AssessmentSnapshot.from(name, json);
        } catch (IOException | RuntimeException | LinkageError e) {
            // POI and Jackson report a damaged file with exceptions of many kinds, all of them unchecked but these;
            // a zip entry packed with a method whose codec is not on the class path fails with NoClassDefFoundError.
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)",
                            OfficeZipLimits.refusal(e)
                                    .orElseGet(() -> "cannot be read as an assessment: "
                                            + String.valueOf(e.getMessage())
                                                    .lines()
                                                    .findFirst()
                                                    .orElse("")),
                            null));
        }
    }

    private static InvalidInputException notAnAssessment(String name, String problem) {
        return new InvalidInputException(
                name,
                new InputProblem(
                        "(file)",
                        problem,
                        "compare takes two assessments, each the JSON from ./advisor assess --json or the workbook "
                                + "./advisor assess"
                                + " writes; assess a plan or an intake workbook first"));
    }

    /** JSON opens with { or [ after any byte-order mark and blank space; anything else is read as YAML. */
    private static boolean startsLikeJson(byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return text.startsWith("{") || text.startsWith("[");
    }
}
