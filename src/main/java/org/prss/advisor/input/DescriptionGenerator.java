package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.StateCertification;

/**
 * Realistic random program descriptions, valid by the schema, for the rules linter, property tests and benchmarks:
 * facts within plausible ranges, a mix of answers, proposed duties drawn from real job-description lines, and the
 * odd waiver. The same seed always gives the same descriptions.
 */
public final class DescriptionGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Plausible upper bounds where the schema's own are far larger than any real program. */
    private static final Map<String, Double> CAPS = Map.of(
            "facts.averageDailyPopulation",
            5000.0,
            "facts.expectedParticipants",
            200.0,
            "facts.peerPositions",
            30.0,
            "facts.caseloadPerPeer",
            45.0,
            "facts.hoursPerWeek",
            40.0,
            "facts.fte",
            20.0,
            "facts.pay.hourlyRate",
            35.0,
            "facts.yearsInRecoveryRequired",
            5.0,
            "facts.graduateWaitingPeriod.yearsSustainedRecovery",
            5.0,
            "facts.graduateWaitingPeriod.yearsSinceProgramExit",
            3.0);

    private static final List<String> DUTIES = List.of(
            "Facilitate a weekly recovery group",
            "Administer random urine screens",
            "Report curfew violations to the judge",
            "Drive participants to court dates",
            "Share my recovery story with new participants",
            "Help participants apply for housing and benefits",
            "Meet participants in jail before release to plan reentry",
            "Call participants to remind them of treatment appointments",
            "Provide individual counseling sessions",
            "Answer the front desk phones",
            "Recommend sanctions at staffing",
            "Talk with participants about stigma",
            "Carry naloxone and teach overdose response",
            "Restock the break room",
            "Make sure participants attend their mandatory peer sessions",
            "Accompany participants to medical appointments",
            "Serve as case manager for participants in phase one",
            "Help participants prepare for job interviews",
            "Connect participants with mutual aid meetings",
            "Document each contact in the case notes");

    private static final List<String> FUNDING = List.of(
            "County general fund",
            "BJA COSSAP grant",
            "State opioid response funds",
            "Medicaid billing",
            "Foundation grant");

    private final KnowledgeBase knowledge;
    private final List<IntakeFieldSpec> fields;
    private final Random random;

    public DescriptionGenerator(KnowledgeBase knowledge, long seed) {
        this.knowledge = knowledge;
        this.fields = SchemaFields.load().specs(knowledge.intakeFields());
        this.random = new Random(seed);
    }

    /** The next description, as the JSON tree a submitter would send. */
    public JsonNode next() {
        ObjectNode description = JSON.objectNode();
        for (IntakeFieldSpec spec : fields) {
            if (random.nextDouble() < 0.75) {
                JsonPaths.put(description, spec.path(), value(spec));
            }
        }
        answers(description);
        measures(description);
        role(description);
        if (random.nextDouble() < 0.15) {
            waiver(description);
        }
        return description;
    }

    private JsonNode value(IntakeFieldSpec spec) {
        if (spec.path().equals("program.state")) {
            List<StateCertification> states = knowledge.stateTable();
            return JSON.textNode(
                    states.isEmpty()
                            ? "OH"
                            : states.get(random.nextInt(states.size())).state());
        }
        double min = spec.minimum() == null ? 0 : spec.minimum();
        double max = Math.min(spec.maximum() == null ? 100 : spec.maximum(), CAPS.getOrDefault(spec.path(), 100.0));
        return switch (spec.kind()) {
            case INTEGER -> JSON.numberNode((long) (min + random.nextInt((int) (max - min) + 1)));
            case NUMBER -> JSON.numberNode(Math.round((min + random.nextDouble() * (max - min)) * 2) / 2.0);
            case YES_NO -> JSON.booleanNode(random.nextBoolean());
            case CHOICE ->
                JSON.textNode(spec.choices().get(random.nextInt(spec.choices().size())));
            case LIST ->
                JSON.arrayNode()
                        .add(
                                spec.choices().isEmpty()
                                        ? FUNDING.get(random.nextInt(FUNDING.size()))
                                        : spec.choices()
                                                .get(random.nextInt(
                                                        spec.choices().size())));
            case TEXT -> JSON.textNode("Generated " + spec.field().label().toLowerCase() + " " + random.nextInt(1000));
        };
    }

    private void answers(ObjectNode description) {
        ObjectNode answers = JSON.objectNode();
        String[] values = {"YES", "PARTIAL", "NO", "UNKNOWN"};
        for (ChecklistItem item : knowledge.items()) {
            if (random.nextDouble() < 0.5) {
                String answer = values[random.nextInt(values.length)];
                if (random.nextDouble() < 0.2) {
                    answers.putObject(item.id()).put("answer", answer).put("note", "generated note");
                } else {
                    answers.put(item.id(), answer);
                }
            }
        }
        if (!answers.isEmpty()) {
            description.set("answers", answers);
        }
    }

    /** Sometimes a measure or two, in the outcome domains and with the instruments the knowledge base names. */
    private void measures(ObjectNode description) {
        List<EvaluationGuide.OutcomeDomain> domains =
                knowledge.evaluationGuide().outcomeDomains();
        if (domains.isEmpty() || random.nextDouble() < 0.6) {
            return;
        }
        ArrayNode measures = JSON.arrayNode();
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            EvaluationGuide.OutcomeDomain domain = domains.get(random.nextInt(domains.size()));
            ObjectNode measure = measures.addObject()
                    .put("outcomeDomain", domain.id())
                    .put("measure", "Generated measure " + random.nextInt(1000));
            List<EvaluationGuide.Instrument> instruments =
                    knowledge.evaluationGuide().instrumentsFor(domain.id());
            if (!instruments.isEmpty() && random.nextBoolean()) {
                measure.put(
                        "instrument",
                        instruments.get(random.nextInt(instruments.size())).id());
            }
        }
        JsonPaths.put(description, "facts.evaluation.measures", measures);
    }

    private void role(ObjectNode description) {
        ObjectNode role = JSON.objectNode();
        List<RoleActivity> activities = knowledge.roleWorksheet().activities();
        if (!activities.isEmpty() && random.nextDouble() < 0.3) {
            ArrayNode listed = role.putArray("activities");
            random.ints(1 + random.nextInt(4), 0, activities.size())
                    .distinct()
                    .sorted()
                    .forEach(i -> listed.add(activities.get(i).id()));
        }
        if (random.nextDouble() < 0.6) {
            ArrayNode duties = role.putArray("duties");
            random.ints(1 + random.nextInt(8), 0, DUTIES.size()).distinct().forEach(i -> duties.add(DUTIES.get(i)));
        }
        if (!role.isEmpty()) {
            description.set("role", role);
        }
    }

    private void waiver(ObjectNode description) {
        List<ChecklistItem> items = knowledge.items();
        ObjectNode waiver = description.putArray("waivers").addObject();
        waiver.put("findingId", items.get(random.nextInt(items.size())).id());
        waiver.put("justification", "Generated waiver");
        waiver.put("approvedBy", "Generated approver");
        waiver.put(
                "expires",
                LocalDate.of(2025, 1, 1).plusDays(random.nextInt(4 * 365)).toString());
    }
}
