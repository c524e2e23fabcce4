package org.prss.advisor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.prss.advisor.report.IntakeInstructions;
import org.prss.advisor.report.IntakeScope;
import org.prss.advisor.web.Questionnaire.Choice;
import org.prss.advisor.web.Questionnaire.Column;
import org.prss.advisor.web.Questionnaire.Condition;
import org.prss.advisor.web.Questionnaire.DutyLines;
import org.prss.advisor.web.Questionnaire.Fact;
import org.prss.advisor.web.Questionnaire.Feed;
import org.prss.advisor.web.Questionnaire.Question;
import org.prss.advisor.web.Questionnaire.RoleSection;
import org.prss.advisor.web.Questionnaire.Section;
import org.prss.advisor.web.Questionnaire.TableSection;

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
        sections.add(Section.program(
                "Who and where: the setting decides which questions follow. " + IntakeInstructions.BLANK,
                facts.getOrDefault(PROGRAM, List.of())));
        for (Domain domain : knowledge.domains()) {
            List<Question> questions = new ArrayList<>(facts.getOrDefault(domain.id(), List.of()));
            domain.items().stream()
                    .filter(asked::contains)
                    .forEach(item -> questions.add(
                            Question.answer(item, scope.settingsNote(item).orElse(null), conditions(item))));
            if (!questions.isEmpty()) {
                sections.add(Section.domain(
                        domain,
                        domain.scored()
                                ? IntakeInstructions.ANSWER + " The facts the section's items are decided from come"
                                        + " first."
                                : "A self-assessment: its findings are listed but count toward no score or verdict.",
                        questions));
            }
        }
        sections.add(role());
        if (!knowledge.evaluationGuide().outcomeDomains().isEmpty()) {
            sections.add(measures(knowledge.evaluationGuide()));
        }
        sections.add(waivers(asked));
        return new Questionnaire(
                knowledge.ruleSet(),
                setting,
                IntakeInstructions.scope(setting),
                List.of(IntakeLayout.ANSWERS),
                sections);
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
        List<Feed> feeds = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        for (String id : field.items()) {
            knowledge.item(id).ifPresent(item -> {
                feeds.add(new Feed(item.id(), item.title()));
                citations.add(item.citations().get(0));
            });
        }
        Fact fact = new Fact(
                spec.path(),
                field.label(),
                field.meaning(),
                scope.settingsNote(field).orElse(null),
                feeds,
                List.copyOf(citations));
        // A CHOICE's values, or the values each entry of a LIST may take (none for a list of free text).
        return Question.fact(spec, fact, choices(spec.choices()), suggestions(spec));
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
        List<RoleActivity> activities = knowledge.roleWorksheet().activities();
        List<Question> questions = new ArrayList<>();
        activities.forEach(a -> questions.add(Question.activity(a)));
        questions.add(new DutyLines(
                "role.duties",
                "Other duties, one per line, as your job description words them",
                "Each line is read on its own and given a verdict: fits the role, conditional, keep out, or needs a"
                        + " person's review."));
        return new RoleSection(
                "role",
                "The peers' duties",
                IntakeInstructions.ROLE + " Every activity and duty gets a verdict on whether it fits the peer role.",
                worksheet(activities.stream().map(RoleActivity::worksheet).toList()),
                questions);
    }

    /**
     * The worksheet as its activities cite it: their source and the head their sections share ("Appendix C" of
     * "Appendix C, Participant Engagement" and "Appendix C, Agency Responsibilities"); null when they name no single
     * source.
     */
    static Citation worksheet(List<Citation> activities) {
        if (activities.isEmpty()
                || activities.stream().map(Citation::source).distinct().count() != 1) {
            return null;
        }
        List<String> shared = null;
        for (Citation c : activities) {
            List<String> parts =
                    c.section() == null ? List.of() : List.of(c.section().split(",\\s*"));
            int same = 0;
            while (shared != null
                    && same < Math.min(shared.size(), parts.size())
                    && shared.get(same).equals(parts.get(same))) {
                same++;
            }
            shared = shared == null ? parts : shared.subList(0, same);
        }
        return new Citation(activities.get(0).source(), shared.isEmpty() ? null : String.join(", ", shared), null);
    }

    private static Section measures(EvaluationGuide guide) {
        List<Column> columns = new ArrayList<>();
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
            columns.add(Column.of(key, IntakeLayout.EVALUATION_HEADERS[c], choices, required));
        }
        return new TableSection(
                "measures",
                "Evaluation measures",
                IntakeInstructions.MEASURES,
                "facts.evaluation.measures",
                columns,
                "The program tracks no measures yet");
    }

    private static Section waivers(List<ChecklistItem> asked) {
        List<Choice> ids = asked.stream()
                .map(i -> new Choice(i.id(), i.id() + ": " + i.title()))
                .toList();
        String[] keys = {"findingId", "justification", "approvedBy", "expires"};
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < keys.length; c++) {
            columns.add(Column.of(keys[c], IntakeLayout.WAIVER_HEADERS[c], c == 0 ? ids : List.of(), true));
        }
        return new TableSection("waivers", "Waivers", IntakeInstructions.WAIVERS, "waivers", columns, null);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<Choice> choices(List<String> values) {
        return values.stream().map(Choice::named).toList();
    }
}
