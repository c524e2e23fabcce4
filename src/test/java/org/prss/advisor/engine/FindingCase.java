package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/**
 * One behaviour of one checklist item, as a row of a parameterized rules test: the description assessed, the status
 * (and the rule that must decide it) and what else the finding must show. The row is named for the behaviour, so a
 * failing row says which behaviour broke.
 *
 * @param rule   the name of the rule that must decide the item, or null where the row checks the status only
 * @param checks further checks on the finding, each failing with the finding's rationale or evidence
 */
public record FindingCase(
        String behaviour, String item, String description, Status status, String rule, List<Consumer<Finding>> checks) {

    public FindingCase {
        checks = List.copyOf(checks);
    }

    /** The item's finding on this description must have this status, decided by any rule. */
    public static FindingCase given(String behaviour, String item, String description, Status status) {
        return new FindingCase(behaviour, item, description, status, null, List.of());
    }

    /** The item's finding on this description must have this status, decided by the rule named. */
    public static FindingCase given(String behaviour, String item, String description, Status status, String rule) {
        return new FindingCase(behaviour, item, description, status, rule, List.of());
    }

    /** The description of a role whose proposed duties are these lines, in order (role.duties[0], [1], ...). */
    public static String duties(String... lines) {
        StringBuilder yaml = new StringBuilder("role:\n  duties:\n");
        for (String line : lines) {
            yaml.append("    - ").append(line).append('\n');
        }
        return yaml.toString();
    }

    private FindingCase and(Consumer<Finding> check) {
        List<Consumer<Finding>> more = new ArrayList<>(checks);
        more.add(check);
        return new FindingCase(behaviour, item, description, status, rule, more);
    }

    /** The rationale contains each text. */
    public FindingCase says(String... texts) {
        FindingCase c = this;
        for (String text : texts) {
            c = c.and(f -> assertTrue(f.rationale().contains(text), f.rationale()));
        }
        return c;
    }

    /** The rationale begins with the text. */
    public FindingCase begins(String text) {
        return and(f -> assertTrue(f.rationale().startsWith(text), f.rationale()));
    }

    /** The rationale does not contain the text. */
    public FindingCase saysNot(String text) {
        return and(f -> assertFalse(f.rationale().contains(text), f.rationale()));
    }

    /** The evidence is exactly these input paths, in order. */
    public FindingCase evidence(String... paths) {
        return and(f -> assertEquals(List.of(paths), f.evidence(), f.rationale()));
    }

    /** The evidence includes this input path. */
    public FindingCase evidenceHas(String path) {
        return and(f -> assertTrue(f.evidence().contains(path), f.evidence().toString()));
    }

    /** The rationale quotes a proposed duty with its path (role.duties[i]), and the evidence holds the path. */
    public FindingCase namesDuty(String line, int index) {
        String path = "role.duties[" + index + "]";
        return says("'" + line + "' (" + path + ")").evidenceHas(path);
    }

    public FindingCase severity(Severity severity) {
        return and(f -> assertEquals(severity, f.severity(), f.rationale()));
    }

    /** The first citation is from this source. */
    public FindingCase citesFirst(String source) {
        return and(f -> assertEquals(
                source, f.citations().get(0).source(), f.citations().toString()));
    }

    /** The first citation points at this locator. */
    public FindingCase firstLocator(String locator) {
        return and(f -> assertEquals(
                locator, f.citations().get(0).locator(), f.citations().toString()));
    }

    /** The citations are these sources, in order. */
    public FindingCase citesSources(String... sources) {
        return and(f -> assertEquals(
                List.of(sources),
                f.citations().stream().map(Citation::source).toList(),
                f.citations().toString()));
    }

    /** Some citation points at this locator. */
    public FindingCase citesLocator(String locator) {
        return and(f -> assertTrue(
                f.citations().stream().anyMatch(c -> c.locator().equals(locator)),
                f.citations().toString()));
    }

    /** Assesses the description with the packaged advisor and checks the item's finding. */
    public void check() throws Exception {
        check(TestAdvisor.finding(TestAdvisor.assess(description), item));
    }

    public void check(Finding f) {
        assertEquals(status, f.status(), f.rationale());
        if (rule != null) {
            assertEquals(rule, f.decidedBy(), f.rationale());
        }
        checks.forEach(c -> c.accept(f));
    }

    @Override
    public String toString() {
        return item + ": " + behaviour;
    }
}
