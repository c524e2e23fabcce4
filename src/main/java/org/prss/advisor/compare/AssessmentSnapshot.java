package org.prss.advisor.compare;

import com.fasterxml.jackson.databind.JsonNode;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a comparison needs from an assessment, read back from its JSON (the {@code --json} output, or the copy a
 * workbook carries): the rule set, the program, the verdict, scores and each finding's status.
 */
public record AssessmentSnapshot(String source, String ruleSetVersion, String ruleSetHash, String program, String assessedOn,
                                 String verdict, Double overall, Map<String, DomainScore> domains,
                                 Map<String, FindingState> findings) {

    /** A domain's name and score. */
    public record DomainScore(String name, Double score) {
    }

    /** A finding's title, domain, status and severity. */
    public record FindingState(String id, String title, String domain, Status status, Severity severity) {
    }

    static AssessmentSnapshot from(String source, JsonNode json) {
        Map<String, DomainScore> domains = new LinkedHashMap<>();
        json.at("/scores/domains").forEach(d -> domains.put(d.path("domain").asText(),
                new DomainScore(d.path("name").asText(), d.path("score").isNumber() ? d.path("score").asDouble() : null)));
        Map<String, FindingState> findings = new LinkedHashMap<>();
        json.path("findings").forEach(f -> findings.put(f.path("id").asText(), new FindingState(f.path("id").asText(),
                f.path("title").asText(), f.path("domain").asText(), Status.valueOf(f.path("status").asText()),
                Severity.valueOf(f.path("severity").asText()))));
        JsonNode overall = json.at("/scores/overall");
        return new AssessmentSnapshot(source, json.at("/ruleSet/version").asText(), json.at("/ruleSet/hash").asText(),
                json.at("/program/name").asText(null), json.path("assessedOn").asText(), json.path("verdict").asText(),
                overall.isNumber() ? overall.asDouble() : null, domains, findings);
    }
}
