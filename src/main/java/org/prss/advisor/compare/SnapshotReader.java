package org.prss.advisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.report.EmbeddedAssessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads an assessment back from the JSON the advisor wrote, or from a workbook it wrote, recognised from the content. */
public final class SnapshotReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotReader() {
    }

    public static AssessmentSnapshot read(Path file) throws InvalidInputException {
        String name = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidInputException(name, new InputProblem("(file)", "no such file", null));
            }
            byte[] content = Files.readAllBytes(file);
            JsonNode json;
            if (content.length > 1 && content[0] == 'P' && content[1] == 'K') {
                Optional<JsonNode> embedded = EmbeddedAssessment.read(new ByteArrayInputStream(content));
                if (embedded.isEmpty()) {
                    throw notAnAssessment(name);
                }
                json = embedded.get();
            } else {
                json = JSON.readTree(content);
            }
            if (json == null || !json.has("findings") || !json.has("ruleSet")) {
                throw notAnAssessment(name);
            }
            return AssessmentSnapshot.from(name, json);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException(name, new InputProblem("(file)", "cannot be read as an assessment: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), null));
        }
    }

    private static InvalidInputException notAnAssessment(String name) {
        return new InvalidInputException(name, new InputProblem("(file)", "is not an assessment written by the advisor",
                "give the JSON from ./advisor assess --json, or the workbook ./advisor assess wrote"));
    }
}
