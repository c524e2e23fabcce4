package org.prss.advisor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.input.FieldKind;
import org.prss.advisor.input.IntakeFieldSpec;
import org.prss.advisor.input.IntakeLayout;
import org.prss.advisor.input.SchemaFields;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Frequency;
import org.prss.advisor.model.MeasureStatus;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeScope;
import org.prss.advisor.web.Questionnaire.Choice;
import org.prss.advisor.web.Questionnaire.Condition;
import org.prss.advisor.web.Questionnaire.Feed;
import org.prss.advisor.web.Questionnaire.Question;
import org.prss.advisor.web.Questionnaire.Section;

/**
 * Builds the {@link Questionnaire} from the knowledge base and the schema, through the same {@link IntakeScope} the
 * intake workbook uses, so the page and the workbook ask the same things for a setting. A fact goes with the domain
 * of the first item it helps decide (the first that can apply to the setting), a fact that decides none with the
 * program; nothing here names a fact, an item or a domain, so new knowledge appears on the page by itself.
 */
final class QuestionnaireBuilder {

    private static final String PROGRAM = "program";
    private static final String PROGRAM_PREFIX = "program.";

    private final KnowledgeBase knowledge;
    private final List<IntakeFieldSpec> specs;

    QuestionnaireBuilder(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.specs = SchemaFields.load().specs(knowledge.intakeFields());
    }

    Questionnaire build(Setting setting) {
        IntakeScope scope = IntakeScope.of(knowledge, setting, null);
        List<ChecklistItem> asked = scope.questions();
        Set<IntakeField> fields = new LinkedHashSet<>(scope.fields());
        Map<String, List<Question>> facts = new LinkedHashMap<>();
        for (IntakeFieldSpec spec : specs) {
            if (fields.contains(spec.field())) {
                facts.computeIfAbsent(sectionOf(spec, asked), k -> new ArrayList<>())
                        .add(fact(spec, scope));
            }
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                PROGRAM,
                PROGRAM,
                "Program",
                "Who and where: the setting decides which questions follow. Leave blank what you do not know; it is"
                        + " assessed as UNKNOWN, never as met.",
                null,
                facts.getOrDefault(PROGRAM, List.of()),
                null,
                null,
                null));
        for (Domain domain : knowledge.domains()) {
            List<Question> questions = new ArrayList<>(facts.getOrDefault(domain.id(), List.of()));
            domain.items().stream().filter(asked::contains).forEach(item -> questions.add(item(item, scope)));
            if (!questions.isEmpty()) {
                sections.add(new Section(
                        domain.id(),
                        "domain",
                        domain.name(),
                        domain.scored()
                                ? "Answer each checklist question YES, PARTIAL, NO or UNKNOWN and say in the note what"
                                        + " the answer rests on; the facts the section's items are decided from come"
                                        + " first."
                                : "A self-assessment: its findings are listed but count toward no score or verdict.",
                        domain.scored(),
                        questions,
                        null,
                        null,
                        null));
            }
        }
        sections.add(role());
        if (!knowledge.evaluationGuide().outcomeDomains().isEmpty()) {
            sections.add(measures(knowledge.evaluationGuide()));
        }
        sections.add(waivers(asked));
        return new Questionnaire(knowledge.ruleSet(), setting, List.of(IntakeLayout.ANSWERS), sections);
    }

    /** The domain of the first item the fact decides that is asked, else of the first it names; or the program. */
    private String sectionOf(IntakeFieldSpec spec, List<ChecklistItem> asked) {
        if (spec.path().startsWith(PROGRAM_PREFIX)) {
            return PROGRAM;
        }
        List<ChecklistItem> decided = spec.field().items().stream()
                .flatMap(id -> knowledge.item(id).stream())
                .toList();
        return decided.stream()
                .filter(asked::contains)
                .findFirst()
                .or(() -> decided.stream().findFirst())
                .map(ChecklistItem::domain)
                .orElse(PROGRAM);
    }

    private Question fact(IntakeFieldSpec spec, IntakeScope scope) {
        IntakeField field = spec.field();
        // A CHOICE's values, or the values each entry of a LIST may take (none for a list of free text).
        List<Choice> choices = choices(spec.choices());
        List<Feed> feeds = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        for (String id : field.items()) {
            knowledge.item(id).ifPresent(item -> {
                feeds.add(new Feed(item.id(), item.title()));
                citations.add(item.citations().get(0));
            });
        }
        return new Question(
                kind(spec.kind()),
                spec.path(),
                null,
                field.label(),
                null,
                field.meaning(),
                null,
                null,
                spec.minimum(),
                spec.maximum(),
                field.unit(),
                choices,
                spec.pattern() == null ? null : spec.pattern().pattern(),
                suggestions(spec),
                null,
                scope.settingsNote(field).orElse(null),
                null,
                feeds,
                List.copyOf(citations));
    }

    private static String kind(FieldKind kind) {
        return switch (kind) {
            case YES_NO -> "yesno";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The state table's codes for the field its rows are chosen by, the program's state. */
    private List<Choice> suggestions(IntakeFieldSpec spec) {
        if (!spec.path().equals("program.state")) {
            return List.of();
        }
        return knowledge.stateTable().stream()
                .map(s -> new Choice(s.state(), s.jurisdiction()))
                .toList();
    }

    private Question item(ChecklistItem item, IntakeScope scope) {
        return new Question(
                "answer",
                "answers." + item.id(),
                item.id(),
                item.title(),
                item.question(),
                item.why(),
                item.groupName(),
                item.severity().name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                scope.settingsNote(item).orElse(null),
                conditions(item),
                null,
                item.citations());
    }

    /** The facts the item applies only for some values of (intake-fields.yaml's onlyIf), as the template reads them. */
    private List<Condition> conditions(ChecklistItem item) {
        List<Condition> conditions = new ArrayList<>();
        for (IntakeField field : knowledge.intakeFields()) {
            for (IntakeField.OnlyIf only : field.onlyIf()) {
                if (only.items().contains(item.id())) {
                    conditions.add(new Condition(field.path(), field.label(), only.values()));
                }
            }
        }
        return conditions;
    }

    private Section role() {
        List<Question> questions = new ArrayList<>();
        for (RoleActivity a : knowledge.roleWorksheet().activities()) {
            questions.add(new Question(
                    "activity",
                    "role.activities",
                    a.id(),
                    a.activity(),
                    null,
                    null,
                    a.categoryName(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(a.worksheet())));
        }
        questions.add(new Question(
                "lines",
                "role.duties",
                null,
                "Other duties, one per line, as your job description words them",
                null,
                "Each line is read on its own and given a verdict: fits the role, conditional, keep out, or needs a"
                        + " person's review.",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return new Section(
                "role",
                "role",
                "The peers' duties",
                "Mark each worksheet activity that is part of your peers' role, and list any other duties. Every"
                        + " activity and duty gets a verdict on whether it fits the peer role.",
                null,
                questions,
                null,
                null,
                null);
    }

    private static Section measures(EvaluationGuide guide) {
        List<Question> columns = new ArrayList<>();
        for (int c = 0; c < IntakeLayout.MEASURE_KEYS.length; c++) {
            String key = IntakeLayout.MEASURE_KEYS[c];
            List<Choice> choices = switch (key) {
                case "outcomeDomain" ->
                    guide.outcomeDomains().stream()
                            .map(d -> new Choice(d.id(), d.name()))
                            .toList();
                case "instrument" ->
                    guide.instruments().stream()
                            .map(i -> new Choice(i.id(), i.name()))
                            .toList();
                case "frequency" -> choices(names(Frequency.values()));
                case "status" -> choices(names(MeasureStatus.values()));
                default -> List.of();
            };
            boolean required = key.equals("outcomeDomain") || key.equals("measure");
            columns.add(column(key, IntakeLayout.EVALUATION_HEADERS[c], choices, required));
        }
        return new Section(
                "measures",
                "table",
                "Evaluation measures",
                "One row per measure the program tracks: its outcome domain, what is measured, the instrument if you"
                        + " use a suggested one, where the data come from, how often, who reviews it and where it"
                        + " stands.",
                null,
                null,
                "facts.evaluation.measures",
                columns,
                "The program tracks no measures yet");
    }

    private static Section waivers(List<ChecklistItem> asked) {
        List<Choice> ids = asked.stream()
                .map(i -> new Choice(i.id(), i.id() + ": " + i.title()))
                .toList();
        String[] keys = {"findingId", "justification", "approvedBy", "expires"};
        List<Question> columns = new ArrayList<>();
        for (int c = 0; c < keys.length; c++) {
            columns.add(column(keys[c], IntakeLayout.WAIVER_HEADERS[c], c == 0 ? ids : List.of(), true));
        }
        return new Section(
                "waivers",
                "table",
                "Waivers",
                "A finding you accept for now, with who approved it and until when: it shows as WAIVED until then.",
                null,
                null,
                "waivers",
                columns,
                null);
    }

    private static Question column(String key, String label, List<Choice> choices, boolean required) {
        String kind = key.equals("expires") ? "date" : choices.isEmpty() ? "text" : "choice";
        return new Question(
                kind, key, null, label, null, null, null, null, null, null, null, choices, null, null, required, null,
                null, null, null);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<Choice> choices(List<String> values) {
        return values.stream().map(v -> new Choice(v, words(v))).toList();
    }

    /**
     * A value as a person reads it: PARTNER_ORGANIZATION as "Partner organization"; an abbreviation without vowels
     * (CCBHC) stays as it is.
     */
    static String words(String value) {
        if (!value.equals(value.toUpperCase(Locale.ROOT)) || value.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0)) {
            return value;
        }
        String lower = value.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
