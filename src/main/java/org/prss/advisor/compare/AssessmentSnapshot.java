package org.prss.advisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.ProgramIdentity;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * What a comparison needs from an assessment, read back from its JSON (the {@code --json} output, or the copy a
 * workbook carries): the rule set, the program and its agency, the verdict and its reasons, scores, each finding's
 * status, and the alternative taken for each declared reading (none for an assessment written before readings).
 */
public record AssessmentSnapshot(
        String source,
        String ruleSetVersion,
        String ruleSetHash,
        String program,
        String agency,
        String assessedOn,
        String verdict,
        List<String> verdictReasons,
        Double overall,
        Map<String, DomainScore> domains,
        Map<String, FindingState> findings,
        Map<String, String> readings) {

    /** The program's name and agency, to tell whether two assessments are of one program. */
    public ProgramIdentity identity() {
        return new ProgramIdentity(source, program, agency);
    }

    /**
     * What sets this assessment's program apart from {@code earlier}'s (a different name or agency); empty for the same
     * program.
     */
    public List<InputProblem> differentProgramFrom(AssessmentSnapshot earlier) {
        return identity()
                .differencesFrom(
                        earlier.identity(),
                        "compare shows one program's progress; compare two assessments of the same program, or"
                                + " give --force to compare these anyway");
    }

    /** A domain's name and score. */
    public record DomainScore(String name, Double score) {}

    /** A finding's title, domain, status and severity. */
    public record FindingState(String id, String title, String domain, Status status, Severity severity) {}

    static AssessmentSnapshot from(String source, JsonNode json) {
        Map<String, DomainScore> domains = new LinkedHashMap<>();
        json.at("/scores/domains")
                .forEach(d -> domains.put(
                        d.path("domain").asText(),
                        new DomainScore(
                                d.path("name").asText(),
                                d.path("score").isNumber() ? d.path("score").asDouble() : null)));
        Map<String, FindingState> findings = new LinkedHashMap<>();
        json.path("findings")
                .forEach(f -> findings.put(
                        f.path("id").asText(),
                        new FindingState(
                                f.path("id").asText(),
                                f.path("title").asText(),
                                f.path("domain").asText(),
                                Status.valueOf(f.path("status").asText()),
                                Severity.valueOf(f.path("severity").asText()))));
        JsonNode overall = json.at("/scores/overall");
        return new AssessmentSnapshot(
                source,
                json.at("/ruleSet/version").asText(),
                json.at("/ruleSet/hash").asText(),
                json.at("/program/name").asText(null),
                json.at("/program/agency").asText(null),
                json.path("assessedOn").asText(),
                json.path("verdict").asText(),
                reasons(json, findings),
                overall.isNumber() ? overall.asDouble() : null,
                domains,
                findings,
                readings(json));
    }

    /** The alternative taken for each declared reading, by reading id. */
    private static Map<String, String> readings(JsonNode json) {
        Map<String, String> readings = new LinkedHashMap<>();
        json.path("readings")
                .forEach(r -> readings.put(
                        r.path("id").asText(), r.path("alternative").asText()));
        return readings;
    }

    /**
     * The verdict's reasons; a workbook written before they were embedded gives its open critical and high findings.
     */
    private static List<String> reasons(JsonNode json, Map<String, FindingState> findings) {
        List<String> reasons = new ArrayList<>();
        json.path("verdictReasons").forEach(r -> reasons.add(r.asText()));
        if (reasons.isEmpty()) {
            List<String> urgent = findings.values().stream()
                    .filter(f -> f.status().isOpen() && f.severity().atLeast(Severity.HIGH))
                    .map(FindingState::id)
                    .toList();
            if (!urgent.isEmpty()) {
                reasons.add("open critical or high finding(s): " + String.join(", ", urgent));
            }
        }
        return List.copyOf(reasons);
    }
}
