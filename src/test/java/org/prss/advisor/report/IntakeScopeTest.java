package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.FieldKind;
import org.prss.advisor.input.IntakeFieldSpec;
import org.prss.advisor.input.SchemaFields;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Status;

/**
 * The intake's notion of what applies agrees with the rules: for every value of every choice and yes-or-no fact, the
 * questions the template marks "Only if" (intake-fields.yaml's onlyIf) are exactly those the rules set aside for it.
 */
class IntakeScopeTest {

    /** The items a description with only this one fact gets as NOT_APPLICABLE (no setting, so none by setting). */
    private static Set<String> notApplicableWith(String path, String value, boolean bool) throws Exception {
        ObjectNode description = JsonNodeFactory.instance.objectNode();
        ObjectNode node = description;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.with(parts[i]);
        }
        if (bool) {
            node.put(parts[parts.length - 1], Boolean.parseBoolean(value));
        } else {
            node.put(parts[parts.length - 1], value);
        }
        var submission = TestAdvisor.get()
                .reader()
                .read("fact.json", description.toString().getBytes(StandardCharsets.UTF_8));
        return TestAdvisor.get().assess(submission, TestAdvisor.AS_OF).findings().stream()
                .filter(f -> f.status() == Status.NOT_APPLICABLE)
                .map(Finding::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theOnlyIfListsAreExactlyWhatTheRulesSetAsideForEachValue() throws Exception {
        List<IntakeFieldSpec> specs =
                SchemaFields.load().specs(TestAdvisor.get().knowledge().intakeFields());
        int checked = 0;
        for (IntakeFieldSpec spec : specs) {
            boolean bool = spec.kind() == FieldKind.YES_NO;
            if (spec.path().startsWith("program.") || (!bool && spec.kind() != FieldKind.CHOICE)) {
                continue;
            }
            for (String value : bool ? List.of("true", "false") : spec.choices()) {
                Set<String> declared = new TreeSet<>();
                for (IntakeField.OnlyIf only : spec.field().onlyIf()) {
                    if (!only.values().contains(value)) {
                        declared.addAll(only.items());
                    }
                }
                assertEquals(declared, notApplicableWith(spec.path(), value, bool), spec.path() + " = " + value);
                checked++;
            }
        }
        assertTrue(checked > 30, "every value of every choice and yes-or-no fact: " + checked);
    }

    @Test
    void aFactIsAskedForASettingOnlyWhenAnItemItDecidesCanApplyThere() {
        var knowledge = TestAdvisor.get().knowledge();
        List<String> prison = IntakeScope.of(knowledge, Setting.PRISON, null).fields().stream()
                .map(IntakeField::path)
                .toList();
        List<String> court = IntakeScope.of(knowledge, Setting.TREATMENT_COURT, null).fields().stream()
                .map(IntakeField::path)
                .toList();
        assertTrue(prison.contains("facts.averageDailyPopulation") && !court.contains("facts.averageDailyPopulation"));
        assertTrue(
                court.contains("facts.peersInSanctionDecisions") && !prison.contains("facts.peersInSanctionDecisions"));
        assertTrue(court.contains("facts.graduateWaitingPeriod.yearsSinceProgramExit"));
        assertTrue(
                prison.contains("facts.hoursPerWeek") && court.contains("facts.hoursPerWeek"),
                "it decides no item: asked everywhere");
        assertEquals(
                knowledge.intakeFields().size(),
                IntakeScope.of(knowledge, null, null).fields().size());
    }
}
