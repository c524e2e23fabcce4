package org.prss.advisor.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.ProgramIdentity;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.TeamAnswerRule;
import org.prss.advisor.model.Answer;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.ProgramInfo;
import org.prss.advisor.model.Respondent;
import org.prss.advisor.model.RespondentRole;
import org.prss.advisor.text.Wording;

/**
 * Combines several respondents' descriptions of one program into the one description a team self-assessment
 * assesses. Facts (and the program's state, setting and stage) that every respondent who states them states alike
 * are kept; a fact stated differently is reported and left out, so it is assessed as unknown. Answers are combined
 * item by item by the team-answer rule of scoring.yaml, with each respondent's answer and note in the combined note;
 * duties and worksheet activities are pooled; a waiver is kept when every respondent who gives one gives the same.
 * Files naming different programs are refused.
 */
public final class TeamMerger {

    /** The program description schema's limit on a note; a longer combined note is cut there. */
    private static final int NOTE_LIMIT = 2000;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<ChecklistItem> items;
    private final TeamAnswerRule rule;

    public TeamMerger(KnowledgeBase knowledge) {
        this.items = knowledge.items();
        this.rule = knowledge.scoring().teamAnswers();
    }

    /**
     * The combined description and the team behind it.
     *
     * @param name how the combined description is named in messages and on the Input sheet
     */
    public record Merged(String name, ObjectNode description, Team team) {}

    public Merged merge(List<Submission> respondents) throws InvalidInputException {
        if (respondents.size() < 2) {
            throw new InvalidInputException(
                    respondents.isEmpty() ? "team" : respondents.get(0).sourceName(),
                    new InputProblem(
                            "(files)",
                            "a team self-assessment needs two or more respondents' files, " + respondents.size()
                                    + " given",
                            "give each respondent's description or intake workbook, or assess one file alone"));
        }
        checkOneProgram(respondents);
        List<TeamMember> members = respondents.stream().map(TeamMerger::member).toList();
        List<FactDisagreement> disagreements = new ArrayList<>();
        ObjectNode description = JSON.objectNode();
        ObjectNode program = description.putObject("program");
        identity(respondents, program);
        mergeObject(
                "program",
                subtrees(respondents, "program", List.of("name", "agency", "respondent")),
                program,
                members,
                disagreements);
        ObjectNode facts = JSON.objectNode();
        mergeObject("facts", subtrees(respondents, "facts", List.of()), facts, members, disagreements);
        if (!facts.isEmpty()) {
            description.set("facts", facts);
        }
        List<TeamItem> answered = answers(respondents, members, description);
        role(respondents, description);
        waivers(respondents, members, description, disagreements);
        List<String> agenda = answered.stream()
                .filter(TeamItem::disagree)
                .sorted(Comparator.comparing(TeamItem::severity))
                .map(TeamItem::id)
                .toList();
        Team team = new Team(members, byRole(members), rule, disagreements, answered, agenda);
        String files = String.join(", ", members.stream().map(TeamMember::file).toList());
        return new Merged("team of " + members.size() + " respondents (" + files + ")", description, team);
    }

    /** Every file must be about the program of the first file that names it (and of the first that names an agency). */
    private static void checkOneProgram(List<Submission> respondents) throws InvalidInputException {
        String hint = "a team self-assessment combines respondents' files of one program; assess this file on its own";
        List<ProgramIdentity> identities = respondents.stream()
                .map(s -> new ProgramIdentity(
                        s.sourceName(),
                        s.description().program().name(),
                        s.description().program().agency()))
                .toList();
        for (int i = 1; i < identities.size(); i++) {
            for (int j = 0; j < i; j++) {
                List<InputProblem> problems = identities.get(i).differencesFrom(identities.get(j), hint);
                if (!problems.isEmpty()) {
                    throw new InvalidInputException(identities.get(i).source(), problems);
                }
            }
        }
    }

    private static TeamMember member(Submission submission) {
        String file = submission.sourceName().replaceAll(".*[/\\\\]", "");
        Respondent respondent = submission.description().program().respondent();
        String name = respondent == null
                        || respondent.name() == null
                        || respondent.name().isBlank()
                ? file
                : respondent.name().strip();
        return new TeamMember(file, name, respondent == null ? null : respondent.role());
    }

    /** The program's name and agency as the first file to state each states it (the files agree on them). */
    private static void identity(List<Submission> respondents, ObjectNode program) {
        firstStated(respondents, ProgramInfo::name).ifPresent(n -> program.put("name", n));
        firstStated(respondents, ProgramInfo::agency).ifPresent(a -> program.put("agency", a));
    }

    private static Optional<String> firstStated(List<Submission> respondents, Function<ProgramInfo, String> field) {
        return respondents.stream()
                .map(s -> field.apply(s.description().program()))
                .filter(v -> v != null && !v.isBlank())
                .findFirst();
    }

    /** Each respondent's object at the top-level field (or null), without the fields merged otherwise. */
    private static List<JsonNode> subtrees(List<Submission> respondents, String field, List<String> without) {
        List<JsonNode> trees = new ArrayList<>();
        for (Submission s : respondents) {
            JsonNode node = s.received().get(field);
            if (node instanceof ObjectNode object) {
                ObjectNode copy = object.deepCopy();
                copy.remove(without);
                trees.add(copy);
            } else {
                trees.add(null);
            }
        }
        return trees;
    }

    /**
     * Merges the respondents' objects at {@code path} into {@code into}, field by field: objects recursively, any
     * other value (a number, a choice, a list) as one fact, kept when every respondent who states it states the same.
     */
    private static void mergeObject(
            String path,
            List<JsonNode> nodes,
            ObjectNode into,
            List<TeamMember> members,
            List<FactDisagreement> disagreements) {
        Set<String> fields = new LinkedHashSet<>();
        nodes.stream().filter(Objects::nonNull).forEach(n -> n.fieldNames().forEachRemaining(fields::add));
        for (String field : fields) {
            String at = path + "." + field;
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode n : nodes) {
                JsonNode v = n == null ? null : n.get(field);
                values.add(v == null || v.isNull() ? null : v);
            }
            List<JsonNode> given = values.stream().filter(Objects::nonNull).toList();
            if (given.stream().allMatch(JsonNode::isObject)) {
                ObjectNode child = JSON.objectNode();
                mergeObject(at, values, child, members, disagreements);
                if (!child.isEmpty()) {
                    into.set(field, child);
                }
            } else if (given.stream().allMatch(v -> same(v, given.get(0)))) {
                into.set(field, given.get(0));
            } else {
                disagreements.add(new FactDisagreement(
                        at, said(members, values, v -> v.isTextual() ? v.asText() : v.toString())));
            }
        }
    }

    private static List<FactDisagreement.Said> said(
            List<TeamMember> members, List<JsonNode> values, Function<JsonNode, String> text) {
        List<FactDisagreement.Said> said = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            JsonNode v = values.get(i);
            said.add(new FactDisagreement.Said(members.get(i).name(), v == null ? null : text.apply(v)));
        }
        return said;
    }

    /** "Brochure budgeted for Q2 (approved by Capt. Moreno, expires 2027-06-30)". */
    private static String waiverText(JsonNode waiver) {
        return waiver.path("justification").asText() + " (approved by "
                + waiver.path("approvedBy").asText() + ", expires "
                + waiver.path("expires").asText() + ")";
    }

    /**
     * The same value, as people mean it: numbers by value (25 and 25.0), text without regard to case or spacing,
     * lists in any order, objects field by field.
     */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return Wording.normalised(a.asText()).equals(Wording.normalised(b.asText()));
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            List<JsonNode> unmatched = new ArrayList<>();
            b.forEach(unmatched::add);
            for (JsonNode x : a) {
                JsonNode match =
                        unmatched.stream().filter(y -> same(x, y)).findFirst().orElse(null);
                if (match == null) {
                    return false;
                }
                unmatched.remove(match);
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (var fields = a.fields(); fields.hasNext(); ) {
                var field = fields.next();
                if (!b.has(field.getKey()) || !same(field.getValue(), b.get(field.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Every item someone answered, combined by the rule; the combined answers go into the description. */
    private List<TeamItem> answers(List<Submission> respondents, List<TeamMember> members, ObjectNode description) {
        ObjectNode answers = JSON.objectNode();
        List<TeamItem> answered = new ArrayList<>();
        for (ChecklistItem item : items) {
            List<RespondentAnswer> given = new ArrayList<>();
            for (int i = 0; i < respondents.size(); i++) {
                Answer a = respondents.get(i).description().answers().get(item.id());
                given.add(new RespondentAnswer(
                        members.get(i).name(),
                        a == null ? null : a.answer(),
                        a == null || a.note() == null || a.note().isBlank()
                                ? null
                                : a.note().strip()));
            }
            List<AnswerValue> values = given.stream()
                    .map(RespondentAnswer::answer)
                    .filter(Objects::nonNull)
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            TeamAnswerRule.Method method = rule.method(item.severity());
            TeamItem team = new TeamItem(
                    item.id(),
                    item.domain(),
                    item.title(),
                    item.severity(),
                    given,
                    AnswerCombiner.combine(values, method, rule.ties()),
                    method,
                    how(values, method, item),
                    AnswerCombiner.differ(values));
            answered.add(team);
            answers.putObject(item.id()).put("answer", team.combined().name()).put("note", note(team, members));
        }
        if (!answers.isEmpty()) {
            description.set("answers", answers);
        }
        return answered;
    }

    /** How the combined answer came about, in words. */
    private String how(List<AnswerValue> values, TeamAnswerRule.Method method, ChecklistItem item) {
        if (!AnswerCombiner.differ(values)) {
            return values.stream().allMatch(v -> v == AnswerValue.UNKNOWN)
                    ? "nobody who answered knows"
                    : "all who know agree";
        }
        String how = method == TeamAnswerRule.Method.LEAST_FAVOURABLE
                ? "the least favourable answer given"
                : "the most common answer" + (AnswerCombiner.tied(values) ? ", " + rule.tieWords() : "");
        return how + ", for a " + item.severity() + " item";
    }

    /**
     * The combined answer's note, which the finding's rationale quotes: who answered what, how a disagreement was
     * settled, and each respondent's note.
     */
    private String note(TeamItem item, List<TeamMember> members) {
        List<String> said = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            RespondentAnswer a = item.answers().get(i);
            if (a.answer() != null) {
                said.add(members.get(i).label() + " " + a.answer());
            }
            if (a.note() != null) {
                notes.add(members.get(i).name() + ": " + a.note());
            }
        }
        String note = String.join(", ", said)
                + (item.disagree() ? "; combined as " + item.how() : "")
                + (notes.isEmpty() ? "" : ". Notes: " + String.join("; ", notes));
        return note.length() <= NOTE_LIMIT ? note : note.substring(0, NOTE_LIMIT - 3) + "...";
    }

    /** Worksheet activities and duties of every respondent, each once, in the respondents' order. */
    private static void role(List<Submission> respondents, ObjectNode description) {
        Map<String, String> activities = new LinkedHashMap<>();
        Map<String, String> duties = new LinkedHashMap<>();
        for (Submission s : respondents) {
            s.description().role().activities().forEach(a -> activities.putIfAbsent(a, a));
            s.description().role().duties().forEach(d -> duties.putIfAbsent(Wording.normalised(d), d.strip()));
        }
        if (activities.isEmpty() && duties.isEmpty()) {
            return;
        }
        ObjectNode role = description.putObject("role");
        if (!activities.isEmpty()) {
            activities.values().forEach(role.putArray("activities")::add);
        }
        if (!duties.isEmpty()) {
            duties.values().forEach(role.putArray("duties")::add);
        }
    }

    /** A waiver stands when every respondent who gives one for the finding gives the same; otherwise none does. */
    private static void waivers(
            List<Submission> respondents,
            List<TeamMember> members,
            ObjectNode description,
            List<FactDisagreement> disagreements) {
        Map<String, List<JsonNode>> byFinding = new LinkedHashMap<>();
        for (int i = 0; i < respondents.size(); i++) {
            for (JsonNode waiver : respondents.get(i).received().path("waivers")) {
                List<JsonNode> perRespondent = byFinding.computeIfAbsent(
                        waiver.path("findingId").asText(),
                        id -> new ArrayList<>(Collections.<JsonNode>nCopies(respondents.size(), null)));
                perRespondent.set(i, waiver);
            }
        }
        ArrayNode kept = JSON.arrayNode();
        byFinding.forEach((id, waivers) -> {
            List<JsonNode> given = waivers.stream().filter(Objects::nonNull).toList();
            if (given.stream().allMatch(w -> same(w, given.get(0)))) {
                kept.add(given.get(0));
            } else {
                disagreements.add(
                        new FactDisagreement("waivers." + id, said(members, waivers, TeamMerger::waiverText)));
            }
        });
        if (!kept.isEmpty()) {
            description.set("waivers", kept);
        }
    }

    /** How many respondents answer from each role, in the roles' order, then those who did not say. */
    private static Map<String, Integer> byRole(List<TeamMember> members) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RespondentRole role : RespondentRole.values()) {
            int n = (int) members.stream().filter(m -> m.role() == role).count();
            if (n > 0) {
                counts.put(role.name(), n);
            }
        }
        int unstated = (int) members.stream().filter(m -> m.role() == null).count();
        if (unstated > 0) {
            counts.put("NOT_STATED", unstated);
        }
        return counts;
    }
}
