package org.prss.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.prss.advisor.input.EnumValues;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Setting;

/**
 * What an intake workbook asks, so it asks only what counts: the Program fields and checklist questions that can
 * apply to the setting (the requested one, or else the pre-filled description's), less the questions a pre-filled
 * fact rules out; a field or question already filled in is always kept, so nothing given is dropped. A field is asked
 * for a setting when it decides nothing or one of the items it decides can apply there; a question that applies only
 * for some values of a field (the field's {@code onlyIf} in intake-fields.yaml) says so beside it.
 */
public final class IntakeScope {

    private final KnowledgeBase knowledge;
    private final Setting setting;
    private final JsonNode prefill;

    private IntakeScope(KnowledgeBase knowledge, Setting setting, JsonNode prefill) {
        this.knowledge = knowledge;
        this.setting = setting;
        this.prefill = prefill;
    }

    /**
     * @param requested the setting asked for, or null to keep the pre-filled description's (or to ask for every
     *                  setting)
     * @param prefill   the description to fill in, or null
     */
    public static IntakeScope of(KnowledgeBase knowledge, Setting requested, JsonNode prefill) {
        JsonNode from = prefill == null ? MissingNode.getInstance() : prefill;
        Setting setting = requested;
        if (setting == null && from.at("/program/setting").isTextual()) {
            setting = EnumValues.lenient(
                            Setting.class, from.at("/program/setting").asText())
                    .orElse(null);
        }
        return new IntakeScope(knowledge, setting, from);
    }

    /** The setting the template is for, or null for every setting. */
    public Setting setting() {
        return setting;
    }

    /** The pre-filled description's tree, or a missing node. */
    public JsonNode prefill() {
        return prefill;
    }

    public List<IntakeField> fields() {
        return knowledge.intakeFields().stream().filter(this::asks).toList();
    }

    public List<ChecklistItem> questions() {
        return knowledge.items().stream().filter(this::asks).toList();
    }

    private boolean asks(IntakeField field) {
        return setting == null || given(field.path()) || settings(field).contains(setting);
    }

    private boolean asks(ChecklistItem item) {
        if (prefill.path("answers").has(item.id())) {
            return true;
        }
        return item.appliesTo(setting) && ruledOutBy(item).isEmpty();
    }

    /** The settings a field can matter in: those of the items it decides (every setting when it decides nothing). */
    private Set<Setting> settings(IntakeField field) {
        Set<Setting> settings = EnumSet.noneOf(Setting.class);
        if (field.items().isEmpty()) {
            return EnumSet.allOf(Setting.class);
        }
        for (String id : field.items()) {
            knowledge.item(id).ifPresent(i -> settings.addAll(settings(i)));
        }
        return settings;
    }

    /** The settings an item applies to, as the item itself says. */
    private static Set<Setting> settings(ChecklistItem item) {
        Set<Setting> settings = EnumSet.allOf(Setting.class);
        settings.removeIf(s -> !item.appliesTo(s));
        return settings;
    }

    /**
     * For a template of every setting: "Only for JAIL and PRISON programs." beside a field that matters in some only.
     */
    public Optional<String> settingsNote(IntakeField field) {
        return settingsNote(settings(field));
    }

    /** For a questionnaire of every setting: the same note beside a question that applies in some settings only. */
    public Optional<String> settingsNote(ChecklistItem item) {
        return settingsNote(settings(item));
    }

    private Optional<String> settingsNote(Set<Setting> settings) {
        if (setting != null || settings.size() == Setting.values().length) {
            return Optional.empty();
        }
        return Optional.of(
                "Only for " + and(settings.stream().map(Setting::name).toList()) + " programs.");
    }

    /** "Only if Employment model (Program sheet) is INCARCERATED_PEER." beside a question that applies only then. */
    Optional<String> condition(ChecklistItem item) {
        List<String> conditions = new ArrayList<>();
        for (IntakeField field : knowledge.intakeFields()) {
            for (IntakeField.OnlyIf only : field.onlyIf()) {
                if (only.items().contains(item.id())) {
                    conditions.add(field.label() + " (Program sheet) is "
                            + or(only.values().stream().map(IntakeScope::typed).toList()));
                }
            }
        }
        return conditions.isEmpty()
                ? Optional.empty()
                : Optional.of("Only if " + String.join(" and ", conditions) + ".");
    }

    /** The pre-filled fact that rules a question out, if any. */
    private Optional<String> ruledOutBy(ChecklistItem item) {
        for (IntakeField field : knowledge.intakeFields()) {
            JsonNode value = prefill.at("/" + field.path().replace('.', '/'));
            for (IntakeField.OnlyIf only : field.onlyIf()) {
                if (only.items().contains(item.id())
                        && value.isValueNode()
                        && !value.isNull()
                        && !only.values().contains(value.asText())) {
                    return Optional.of(field.path());
                }
            }
        }
        return Optional.empty();
    }

    private boolean given(String path) {
        JsonNode value = prefill.at("/" + path.replace('.', '/'));
        return !value.isMissingNode() && !value.isNull();
    }

    /** A value as the intake workbook shows it: Yes and No for true and false. */
    private static String typed(String value) {
        return switch (value) {
            case "true" -> "Yes";
            case "false" -> "No";
            default -> value;
        };
    }

    private static String and(List<String> names) {
        return join(names, " and ");
    }

    private static String or(List<String> names) {
        return join(names, " or ");
    }

    private static String join(List<String> names, String last) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + last
                + names.get(names.size() - 1);
    }
}
