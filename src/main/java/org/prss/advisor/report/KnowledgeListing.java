package org.prss.advisor.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.Threshold;

/**
 * Everything the advisor judges with, as one JSON document for an API user or a reviewer: the rule set, the checklist
 * items, the role worksheet's activities with their three answers, the role signals, the headings under which a job
 * description lists duties, the thresholds, the state table's rows, the outcome domains and instruments an evaluation
 * plan draws on, and the declared readings (where a rule decides more than a source states). Every entry says what
 * kind of knowledge it is.
 */
public final class KnowledgeListing {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private KnowledgeListing() {}

    public static ObjectNode of(KnowledgeBase knowledge) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("ruleSet", MAPPER.valueToTree(knowledge.ruleSet()));
        root.set(
                "items",
                entries(
                        "item",
                        knowledge.items().stream().map(KnowledgeListing::item).toList()));
        root.set(
                "activities",
                entries(
                        "activity",
                        knowledge.roleWorksheet().activities().stream()
                                .map(KnowledgeListing::activity)
                                .toList()));
        root.set("signals", entries("signal", knowledge.roleLanguage().signals()));
        root.set("dutySections", MAPPER.valueToTree(knowledge.jobDescriptionSections()));
        root.set(
                "thresholds",
                entries(
                        "threshold",
                        knowledge.thresholds().stream()
                                .map(KnowledgeListing::threshold)
                                .toList()));
        root.set("states", entries("state", knowledge.stateTable()));
        root.set(
                "outcomeDomains",
                entries("outcomeDomain", knowledge.evaluationGuide().outcomeDomains()));
        root.set(
                "instruments", entries("instrument", knowledge.evaluationGuide().instruments()));
        root.set("readings", entries("reading", knowledge.declaredReadings()));
        return root;
    }

    /** An item as listed: what it asks and where it comes from, without the file it was read from. */
    private record Item(
            String id,
            String domain,
            String group,
            String title,
            String question,
            String severity,
            List<?> settings,
            List<?> citations) {}

    private static Item item(ChecklistItem i) {
        return new Item(
                i.id(),
                i.domain(),
                i.groupName(),
                i.title(),
                i.question(),
                i.severity().name(),
                i.settings(),
                i.citations());
    }

    /** A worksheet activity with the advisor's answers to the worksheet's three questions. */
    private record Activity(
            String id,
            String category,
            String activity,
            Object partOfRole,
            Object conflictsWithValues,
            Object anotherRoleBetter,
            Object worksheet) {}

    private static Activity activity(RoleActivity a) {
        return new Activity(
                a.id(),
                a.categoryName(),
                a.activity(),
                a.partOfRole(),
                a.conflictsWithValues(),
                a.anotherRoleBetter(),
                a.worksheet());
    }

    /** A threshold with its declared type and its value (or values) as written. */
    private record ThresholdEntry(
            String id,
            String type,
            String value,
            List<String> values,
            String unit,
            String description,
            List<?> citations,
            String reading) {}

    private static ThresholdEntry threshold(Threshold t) {
        return new ThresholdEntry(
                t.id(),
                t.type().word(),
                t.value(),
                t.values().isEmpty() ? null : t.values(),
                t.unit(),
                t.description(),
                t.citations(),
                t.reading());
    }

    /** Each value as a JSON object that starts with its kind; the file and line it was read from are left out. */
    private static ArrayNode entries(String kind, List<?> values) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Object value : values) {
            ObjectNode entry = list.addObject();
            entry.put("kind", kind);
            ObjectNode fields = MAPPER.valueToTree(value);
            fields.remove(List.of("file", "line"));
            entry.setAll(fields);
        }
        return list;
    }
}
