package org.prss.advisor.input;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.text.NearestName;

/**
 * Reads and validates a program description: syntax, then the JSON Schema, then the ids it names against the
 * knowledge base. Every problem found is reported at once, each naming its field.
 */
public final class DescriptionReader {

    /** Larger than any real description; refusing it early protects the process. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private static final LenientValues LENIENT =
            new LenientValues(SchemaCheck.instance().schema());

    private final Set<String> knownItemIds;
    private final Set<String> knownActivityIds;
    private final List<IntakeFieldSpec> intakeFields;
    private final EvaluationGuide evaluationGuide;
    /** The hint that refuses a job description, given its name: where its duties are reviewed instead. */
    private final UnaryOperator<String> jobDescriptionHint;

    public DescriptionReader(
            Set<String> knownItemIds,
            Set<String> knownActivityIds,
            List<IntakeField> intakeFields,
            EvaluationGuide evaluationGuide) {
        this(
                Set.copyOf(knownItemIds),
                Set.copyOf(knownActivityIds),
                SchemaFields.load().specs(intakeFields),
                evaluationGuide,
                name -> "review its duties with: ./advisor role " + name);
    }

    private DescriptionReader(
            Set<String> knownItemIds,
            Set<String> knownActivityIds,
            List<IntakeFieldSpec> intakeFields,
            EvaluationGuide evaluationGuide,
            UnaryOperator<String> jobDescriptionHint) {
        this.knownItemIds = knownItemIds;
        this.knownActivityIds = knownActivityIds;
        this.intakeFields = intakeFields;
        this.evaluationGuide = evaluationGuide;
        this.jobDescriptionHint = jobDescriptionHint;
    }

    /**
     * The same reader, refusing a job description with {@code hint} (given the file's name) instead of the command
     * line's: the web service names its own endpoint.
     */
    public DescriptionReader withJobDescriptionHint(UnaryOperator<String> hint) {
        return new DescriptionReader(knownItemIds, knownActivityIds, intakeFields, evaluationGuide, hint);
    }

    /**
     * Whether a JSON or YAML description file lists duties ({@code role.duties}), judged from its syntax tree alone,
     * before the knowledge has loaded, so that a command can start loading the sentence model early. A file it cannot
     * tell about (a workbook, a broken or missing file) counts as listing none: reading it properly then loads the
     * model if it must, and reports what is wrong with the file.
     */
    public static boolean listsDuties(Path file) {
        try {
            byte[] content = InputFiles.read(file, MAX_BYTES);
            if (IntakeReader.looksLikeWorkbook(content) || IntakeReader.looksLikeOldExcel(content)) {
                return false;
            }
            JsonNode duties = DescriptionParser.parse(file.toString(), content)
                    .path("role")
                    .path("duties");
            return duties.isArray() && !duties.isEmpty();
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /**
     * The description in a file, or every problem that stops it being assessed. A file whose extension or content
     * says it is something else (a job description, a duty list, a damaged workbook) is refused as such.
     */
    public Submission read(Path file) throws InvalidInputException {
        byte[] content = InputFiles.read(file, IntakeReader.MAX_BYTES);
        refuseJobDescription(file.toString(), content);
        InputProblem kind = FileKind.notADescription(file, content);
        if (kind != null) {
            throw new InvalidInputException(file.toString(), kind);
        }
        return parsed(file.toString(), content);
    }

    /**
     * The description in the given bytes, JSON, YAML or a filled-in intake workbook, recognised from the content;
     * {@code name} is how errors refer to it. A job description (by its name or its content) is refused, saying
     * where its duties are reviewed.
     */
    public Submission read(String name, byte[] content) throws InvalidInputException {
        refuseJobDescription(name, content);
        return parsed(name, content);
    }

    /**
     * A Word document is a zip package, as a workbook is: without this, it would be read as a broken workbook and
     * refused with POI's complaint about its styles.
     */
    private void refuseJobDescription(String name, byte[] content) throws InvalidInputException {
        if (JobDescriptionReader.Format.of(name, content).isPresent()) {
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)",
                            "is a job description, not a program description",
                            jobDescriptionHint.apply(name)));
        }
    }

    private Submission parsed(String name, byte[] content) throws InvalidInputException {
        if (IntakeReader.looksLikeOldExcel(content)) {
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)",
                            "is an old-format Excel workbook (.xls)",
                            "save it as an Excel workbook (.xlsx) and try again"));
        }
        if (IntakeReader.looksLikeWorkbook(content)) {
            IntakeReader intake = new IntakeReader(name, intakeFields, knownItemIds, knownActivityIds);
            JsonNode tree = intake.read(content);
            return validated(name, tree, intake::cellOf, intake.problems(), intake.unreadable(), intake.notices());
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)", "the description is larger than " + MAX_BYTES / (1024 * 1024) + " MB", null));
        }
        return validated(name, DescriptionParser.parse(name, content), path -> null, List.of(), Set.of(), List.of());
    }

    /**
     * A role to review: a description as {@link #read(String, byte[])} takes it, or the shorthand
     * {@code {"duties": [...]}} for {@code {"role": {"duties": [...]}}}.
     */
    public Submission readRole(String name, byte[] content) throws InvalidInputException {
        if (IntakeReader.looksLikeOldExcel(content)
                || IntakeReader.looksLikeWorkbook(content)
                || content.length > MAX_BYTES) {
            return read(name, content);
        }
        JsonNode tree = DescriptionParser.parse(name, content);
        if (tree.size() == 1 && tree.has("duties")) {
            ObjectNode description = JsonNodeFactory.instance.objectNode();
            description.putObject("role").set("duties", tree.get("duties"));
            tree = description;
        }
        return validated(name, tree, path -> null, List.of(), Set.of(), List.of());
    }

    /**
     * Choices and state codes in another case read as the values they name (each with a notice, and the tree kept
     * as read, so the Input sheet shows it), then schema and id checks, then binding; every problem is collected in
     * one pass, with those found earlier (the cells an intake workbook could not read), and a problem's path is
     * prefixed with the cell it came from, where known, and the whole list put in the order of the sheets and cells.
     */
    private Submission validated(
            String name,
            JsonNode tree,
            Function<String, String> cellOf,
            List<InputProblem> earlier,
            Set<String> unreadable,
            List<InputProblem> notices)
            throws InvalidInputException {
        List<InputProblem> read = new ArrayList<>(notices);
        tree = LENIENT.read(tree, read);
        List<InputProblem> problems = new ArrayList<>(earlier);
        problems.addAll(located(SchemaCheck.instance().check(tree, unreadable), cellOf));
        problems.addAll(located(checkIds(tree), cellOf));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, CellOrder.sorted(problems));
        }
        ProgramDescription description;
        try {
            description = BINDER.treeToValue(withLongFormAnswers(tree), ProgramDescription.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(
                    name, located(List.of(new InputProblem(pathOf(e), e.getOriginalMessage(), null)), cellOf));
        } catch (IOException e) {
            throw new InvalidInputException(name, new InputProblem("(file)", e.getMessage(), null));
        }
        return new Submission(name, tree, description, List.of(), read);
    }

    private static List<InputProblem> located(List<InputProblem> problems, Function<String, String> cellOf) {
        List<InputProblem> located = new ArrayList<>();
        for (InputProblem p : problems) {
            String cell = cellOf.apply(p.path());
            located.add(cell == null ? p : new InputProblem(cell + " (" + p.path() + ")", p.problem(), p.hint()));
        }
        return located;
    }

    /** Answers may be written short ({@code RDY-LEAD-01: YES}); bind them all in the long form. */
    private static JsonNode withLongFormAnswers(JsonNode tree) {
        JsonNode answers = tree.get("answers");
        if (answers == null || !answers.isObject()) {
            return tree;
        }
        ObjectNode copy = tree.deepCopy();
        ObjectNode longForm = copy.putObject("answers");
        answers.fields()
                .forEachRemaining(e -> longForm.set(
                        e.getKey(),
                        e.getValue().isObject()
                                ? e.getValue()
                                : longForm.objectNode().set("answer", e.getValue())));
        return copy;
    }

    /**
     * The item and activity ids the tree names, against the knowledge base; values of the wrong type the schema
     * reports.
     */
    private List<InputProblem> checkIds(JsonNode tree) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        tree.path("answers").fieldNames().forEachRemaining(answered::add);
        answered.stream()
                .sorted()
                .filter(id -> !knownItemIds.contains(id))
                .forEach(id -> problems.add(unknownId("answers." + id, id)));
        JsonNode activities = tree.path("role").path("activities");
        for (int i = 0; i < elements(activities); i++) {
            String id = activities.get(i).asText();
            if (activities.get(i).isTextual() && !knownActivityIds.contains(id)) {
                String hint = NearestName.didYouMean(
                        id,
                        knownActivityIds,
                        "worksheet activity ids look like ROLE-ACT-LEAD-PEER-GROUP; see the Role Worksheet " + "sheet");
                problems.add(new InputProblem(
                        "role.activities[" + i + "]", "'" + id + "' is not a worksheet activity", hint));
            }
        }
        problems.addAll(checkMeasures(tree.path("facts").path("evaluation").path("measures")));
        Set<String> waived = new HashSet<>();
        JsonNode waivers = tree.path("waivers");
        for (int i = 0; i < elements(waivers); i++) {
            JsonNode id = waivers.get(i).path("findingId");
            String path = "waivers[" + i + "].findingId";
            if (!id.isTextual()) {
                continue;
            }
            if (!knownItemIds.contains(id.asText())) {
                problems.add(unknownId(path, id.asText()));
            } else if (!waived.add(id.asText())) {
                problems.add(
                        new InputProblem(path, "a second waiver for " + id.asText(), "keep one waiver per finding"));
            }
        }
        return problems;
    }

    /** Each measure's outcome domain and instrument must be ones the evaluation measures file names. */
    private List<InputProblem> checkMeasures(JsonNode measures) {
        List<InputProblem> problems = new ArrayList<>();
        List<String> domains = evaluationGuide.outcomeDomains().stream()
                .map(EvaluationGuide.OutcomeDomain::id)
                .toList();
        List<String> instruments = evaluationGuide.instruments().stream()
                .map(EvaluationGuide.Instrument::id)
                .toList();
        for (int i = 0; i < elements(measures); i++) {
            String at = "facts.evaluation.measures[" + i + "]";
            JsonNode domain = measures.get(i).path("outcomeDomain");
            if (domain.isTextual() && !domains.contains(domain.asText())) {
                problems.add(unknownName(at + ".outcomeDomain", domain.asText(), "an outcome domain", domains));
            }
            JsonNode instrument = measures.get(i).path("instrument");
            if (instrument.isTextual() && !instruments.contains(instrument.asText())) {
                problems.add(
                        unknownName(at + ".instrument", instrument.asText(), "a suggested instrument", instruments));
            }
        }
        return problems;
    }

    /**
     * How many elements a list holds; none when the field is not a list (the schema reports it), so that an object in
     * its place is not read by index.
     */
    private static int elements(JsonNode list) {
        return list.isArray() ? list.size() : 0;
    }

    private static InputProblem unknownName(String path, String value, String what, List<String> known) {
        String hint = NearestName.didYouMean(value, Set.copyOf(known), "one of: " + String.join(", ", known));
        return new InputProblem(path, "'" + value + "' is not " + what, hint);
    }

    private InputProblem unknownId(String path, String id) {
        String hint = NearestName.didYouMean(id, knownItemIds, "run ./advisor knowledge for the list of item ids");
        return new InputProblem(path, "'" + id + "' is not an item in the knowledge base", hint);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top level)" : path.toString();
    }
}
