package org.prss.advisor.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.prss.advisor.engine.ReadingChoices;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.IsoDate;
import org.prss.advisor.input.OneLine;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.text.NearestName;

/**
 * Reads scenario files. Every mistake in one (a misspelt field, an unknown finding id or status, an invalid program
 * description) is reported with the file and the line of the scenario, and stops the run: a malformed scenario is
 * not a failing one.
 */
public final class ScenarioReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS =
            Set.of("name", "asOf", "description", "file", "readings", "expect", "notExpected", "duties");

    private final DescriptionReader descriptions;
    private final KnowledgeBase knowledge;
    private final Set<String> itemIds;
    private final List<String> problems = new ArrayList<>();

    public ScenarioReader(DescriptionReader descriptions, KnowledgeBase knowledge) {
        this.descriptions = descriptions;
        this.knowledge = knowledge;
        this.itemIds = knowledge.items().stream().map(ChecklistItem::id).collect(Collectors.toSet());
    }

    /** Every scenario in the files, in file-name order then written order; or every problem found in them. */
    public List<Scenario> read(List<Path> files) throws MalformedScenarioException {
        List<Scenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            readFile(file, scenarios);
        }
        if (!problems.isEmpty()) {
            throw new MalformedScenarioException(problems);
        }
        return scenarios;
    }

    private void readFile(Path file, List<Scenario> scenarios) {
        try (JsonParser parser = YAML.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(file, 1, "expected 'scenarios:' at the top of the file");
                return;
            }
            boolean found = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!field.equals("scenarios") || value != JsonToken.START_ARRAY) {
                    problem(
                            file,
                            parser.currentTokenLocation().getLineNr(),
                            "unknown top-level field '" + field + "' (a scenario file holds one list, 'scenarios:')");
                    parser.skipChildren();
                    continue;
                }
                found = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    int line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = parser.readValueAsTree();
                    Scenario s = scenario(file, line, node);
                    if (s != null) {
                        scenarios.add(s);
                    }
                }
            }
            if (!found) {
                problem(file, 1, "no 'scenarios:' list");
            }
        } catch (JsonProcessingException e) {
            problem(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "invalid YAML: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            problem(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    private Scenario scenario(Path file, int line, JsonNode node) {
        int before = problems.size();
        if (!node.isObject()) {
            problem(file, line, "a scenario is a mapping with name, description (or file) and expect");
            return null;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                problem(file, line, "unknown field '" + field + "'" + NearestName.fieldSuffix(field, FIELDS));
            }
        }
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            problem(file, line, "a scenario needs a name");
        }
        LocalDate asOf = null;
        if (node.has("asOf")) {
            String given = node.get("asOf").asText();
            try {
                asOf = LocalDate.parse(given);
            } catch (DateTimeParseException e) {
                problem(file, line, IsoDate.problem("asOf", given).toString());
            }
        }
        Submission program = program(file, line, node);
        ReadingChoices readings = readings(file, line, node.path("readings"));
        List<Scenario.Expected> expect = expectations(file, line, node.path("expect"), "expect", true);
        List<Scenario.Expected> notExpected = expectations(file, line, node.path("notExpected"), "notExpected", false);
        List<Scenario.ExpectedDuty> duties = duties(file, line, node.path("duties"));
        if (expect.isEmpty() && notExpected.isEmpty() && duties.isEmpty()) {
            problem(file, line, "scenario '" + name + "' expects nothing; add expect, notExpected or duties");
        }
        return problems.size() == before
                ? new Scenario(file.toString(), line, name, program, asOf, readings, expect, notExpected, duties)
                : null;
    }

    private Submission program(Path file, int line, JsonNode node) {
        String where = file + ":" + line;
        try {
            if (node.has("description") == node.has("file")) {
                problem(file, line, "give the program as 'description' (inline) or 'file' (a path), one of the two");
                return null;
            }
            if (node.has("file")) {
                Path described = file.toAbsolutePath()
                        .getParent()
                        .resolve(node.get("file").asText())
                        .normalize();
                return descriptions.read(described);
            }
            return descriptions.read(where, JSON.writeValueAsBytes(node.get("description")));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problem(file, line, "program description: " + p));
        } catch (JsonProcessingException e) {
            problem(file, line, "program description: " + e.getOriginalMessage());
        }
        return null;
    }

    /** The alternatives a scenario takes for declared readings, written ID=ALTERNATIVE; null for the defaults. */
    private ReadingChoices readings(Path file, int line, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return ReadingChoices.parse(knowledge, texts(file, line, "readings", value));
        } catch (ReadingChoices.InvalidChoice e) {
            e.problems().forEach(p -> problem(file, line, "readings: " + p));
            return null;
        }
    }

    private List<Scenario.Expected> expectations(
            Path file, int line, JsonNode list, String field, boolean statusRequired) {
        List<Scenario.Expected> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        if (!list.isArray()) {
            problem(file, line, field + " is a list of {id, status}");
            return out;
        }
        for (JsonNode e : list) {
            String id = e.path("id").asText("");
            if (!itemIds.contains(id)) {
                problem(
                        file,
                        line,
                        field + ": '" + id + "' is not an item in the knowledge base"
                                + NearestName.suffix(id, itemIds));
                continue;
            }
            Status status = parse(file, line, field, Status.class, e.path("status"), statusRequired);
            Severity severity = parse(file, line, field, Severity.class, e.path("severity"), false);
            List<String> restsOn = texts(file, line, field, e.path("restsOn"));
            restsOn.stream()
                    .filter(r -> knowledge.declaredReading(r).isEmpty())
                    .forEach(r -> problem(file, line, field + ": restsOn: '" + r + "' is not a declared reading"));
            out.add(new Scenario.Expected(
                    id,
                    status,
                    severity,
                    texts(file, line, field, e.path("says")),
                    texts(file, line, field, e.path("cites")),
                    restsOn));
        }
        return out;
    }

    /** A text or a list of texts: the words a rationale or reason must contain, or the sources it must cite. */
    private List<String> texts(Path file, int line, String field, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode t : value.isArray() ? value : List.of(value)) {
            if (!t.isTextual() || t.asText().isBlank()) {
                problem(file, line, field + ": says, cites, restsOn and readings take a text or a list of texts");
                return List.of();
            }
            texts.add(t.asText());
        }
        return texts;
    }

    private List<Scenario.ExpectedDuty> duties(Path file, int line, JsonNode list) {
        List<Scenario.ExpectedDuty> out = new ArrayList<>();
        for (JsonNode d : list) {
            String duty = d.path("duty").asText("");
            DutyFit verdict = parse(file, line, "duties", DutyFit.class, d.path("verdict"), true);
            DutyFit knownMiss = parse(file, line, "duties", DutyFit.class, d.path("knownMiss"), false);
            if (duty.isBlank()) {
                problem(file, line, "duties: each entry names a duty, as written in the description");
            } else if (verdict != null) {
                out.add(new Scenario.ExpectedDuty(
                        duty,
                        verdict,
                        texts(file, line, "duties", d.path("says")),
                        texts(file, line, "duties", d.path("cites")),
                        knownMiss));
            }
        }
        return out;
    }

    private <E extends Enum<E>> E parse(
            Path file, int line, String field, Class<E> type, JsonNode value, boolean required) {
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                problem(
                        file,
                        line,
                        field + ": missing "
                                + (type == DutyFit.class
                                        ? "verdict"
                                        : type.getSimpleName().toLowerCase()));
            }
            return null;
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
            if (constant.name().equals(value.asText())) {
                return constant;
            }
        }
        problem(
                file,
                line,
                field + ": '" + value.asText() + "' is not one of " + String.join(", ", names)
                        + NearestName.suffix(value.asText(), names));
        return null;
    }

    private void problem(Path file, int line, String message) {
        problems.add(file + ":" + line + ": " + OneLine.of(message));
    }
}
