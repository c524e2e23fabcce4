package org.prss.advisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks the scoring file: a weight for every item severity, a credit for every open status, a finding
 * severity for every status, cut-offs from 0 to 100, the team-answer rule, and grounds, cited.
 */
final class ScoringReader {

    private static final List<Severity> ITEM_SEVERITIES =
            List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW);

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    ScoringReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    /** The scoring policy, or null when the file cannot be bound to one (the problem is recorded). */
    ScoringPolicy read() {
        try {
            ScoringPolicy policy = LocatedYaml.MAPPER.readValue(file.content(), ScoringPolicy.class);
            if (policy.severityWeights() == null
                    || policy.statusCredit() == null
                    || policy.findingSeverity() == null
                    || KnowledgeChecks.blank(policy.formula())) {
                checks.problem(file, 1, "scoring needs severityWeights, statusCredit, findingSeverity and formula");
                return policy;
            }
            checkScoring(policy);
            checkTeamAnswers(policy.teamAnswers());
            if (policy.grounds() == null
                    || KnowledgeChecks.blank(policy.grounds().statement())) {
                checks.problem(
                        file,
                        1,
                        "scoring needs grounds: a statement of where its weights and cut-offs come from, cited");
            } else {
                checks.checkCitations(
                        file,
                        LocatedYaml.fieldLine(file, 1, "grounds"),
                        "scoring grounds",
                        policy.grounds().citations());
            }
            return policy;
        } catch (InvalidFormatException e) {
            checks.problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), notAllowed(e));
            return null;
        } catch (JsonProcessingException e) {
            checks.problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            checks.problem(file, 0, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /**
     * A value that is not one of a field's choices, named by its field, with the choices and the nearest:
     * "teamAnswers.bySeverity.LOW: 'MOST_USUAL' is not one of LEAST_FAVOURABLE, MOST_COMMON (did you mean ...)".
     */
    private static String notAllowed(InvalidFormatException e) {
        if (e.getTargetType() == null || !e.getTargetType().isEnum()) {
            return e.getOriginalMessage();
        }
        List<String> allowed = Arrays.stream(e.getTargetType().getEnumConstants())
                .map(Object::toString)
                .toList();
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .collect(Collectors.joining("."));
        String value = String.valueOf(e.getValue());
        return (field.isEmpty() ? "" : field + ": ") + "'" + value + "' is not one of " + String.join(", ", allowed)
                + NearestName.fieldSuffix(value, allowed);
    }

    /** Every item severity has a weight, every open status a credit, every status a finding severity. */
    private void checkScoring(ScoringPolicy policy) {
        for (Severity severity : ITEM_SEVERITIES) {
            Integer weight = policy.severityWeights().get(severity);
            if (weight == null || weight <= 0) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "severityWeights"),
                        "severityWeights needs a positive whole" + " number for " + severity
                                + (weight == null ? "" : ", not " + weight));
            }
        }
        for (Status status : List.of(Status.MET, Status.PARTIAL, Status.GAP, Status.UNKNOWN)) {
            Double credit = policy.statusCredit().get(status);
            if (credit == null || credit < 0 || credit > 1) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "statusCredit"),
                        "statusCredit needs a credit from 0 to 1" + " for " + status
                                + (credit == null ? "" : ", not " + credit));
            }
        }
        for (Status status : Status.values()) {
            if (!policy.findingSeverity().containsKey(status)) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "findingSeverity"),
                        "findingSeverity needs a rule for " + status + " (ITEM, ONE_LOWER or INFO)");
            }
        }
        if (policy.notReadyBelowScore() < 0
                || policy.readyAtScore() > 100
                || policy.notReadyBelowScore() > policy.readyAtScore()) {
            checks.problem(
                    file,
                    LocatedYaml.fieldLine(file, 1, "readyAtScore"),
                    "scores run from 0 to 100, and notReadyBelowScore (" + policy.notReadyBelowScore()
                            + ") may not exceed readyAtScore (" + policy.readyAtScore() + ")");
        }
    }

    /**
     * The team-answer rule: a method for every item severity, a tie rule, and why, cited; its problems point at the
     * lines of teamAnswers.
     */
    private void checkTeamAnswers(TeamAnswerRule rule) {
        if (rule == null) {
            checks.problem(
                    file,
                    1,
                    "scoring needs teamAnswers: how a team self-assessment combines its respondents' answers to an"
                            + " item (bySeverity, ties, why, citations)");
            return;
        }
        int line = LocatedYaml.fieldLine(file, 1, "teamAnswers");
        int bySeverity = LocatedYaml.fieldLine(file, line, "bySeverity");
        Map<Severity, TeamAnswerRule.Method> methods = rule.bySeverity() == null ? Map.of() : rule.bySeverity();
        for (Severity severity : ITEM_SEVERITIES) {
            if (methods.get(severity) == null) {
                checks.problem(
                        file,
                        bySeverity,
                        "teamAnswers.bySeverity needs a method for " + severity + " items: one of "
                                + names(TeamAnswerRule.Method.values()));
            }
        }
        if (methods.containsKey(Severity.INFO)) {
            checks.problem(
                    file,
                    LocatedYaml.fieldLine(file, bySeverity, "INFO"),
                    "teamAnswers.bySeverity: INFO is no item's severity; remove it");
        }
        if (rule.ties() == null) {
            checks.problem(file, line, "teamAnswers needs ties: " + names(TeamAnswerRule.Tie.values()));
        }
        checks.requireText(file, line, "teamAnswers", "why", rule.why());
        checks.checkCitations(file, LocatedYaml.fieldLine(file, line, "citations"), "teamAnswers", rule.citations());
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
