package org.prss.advisor.scenario;

import java.time.LocalDate;
import java.util.List;
import org.prss.advisor.engine.ReadingChoices;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.role.DutyFit;

/**
 * Given a program, the findings a policy writer expects: statuses (and severities) that must be, statuses that must
 * not be, and verdicts on proposed duties.
 *
 * @param file     where the scenario is written, and the line it starts on, for reports
 * @param readings the alternatives taken for the declared readings (the advisor's defaults unless it chooses)
 */
public record Scenario(
        String file,
        int line,
        String name,
        Submission program,
        LocalDate asOf,
        ReadingChoices readings,
        List<Expected> expect,
        List<Expected> notExpected,
        List<ExpectedDuty> duties) {

    /**
     * A finding by id with a status (and, optionally, a severity, words its rationale must contain, source short
     * names it must cite and declared readings it must rest on). In notExpected, a null status means "not open".
     */
    public record Expected(
            String id, Status status, Severity severity, List<String> says, List<String> cites, List<String> restsOn) {

        public Expected {
            says = says == null ? List.of() : List.copyOf(says);
            cites = cites == null ? List.of() : List.copyOf(cites);
            restsOn = restsOn == null ? List.of() : List.copyOf(restsOn);
        }
    }

    /**
     * A proposed duty, by its text, and the verdict it should get (and, optionally, words the verdict's reason must
     * contain and source short names it must cite).
     *
     * @param knownMiss the other verdict the advisor is known to give this duty, or null: the scenario records the
     *                  miss and passes while the advisor gives exactly it, and fails when the advisor gives the
     *                  expected verdict (remove the knownMiss then) or a third one
     */
    public record ExpectedDuty(String duty, DutyFit verdict, List<String> says, List<String> cites, DutyFit knownMiss) {

        public ExpectedDuty {
            says = says == null ? List.of() : List.copyOf(says);
            cites = cites == null ? List.of() : List.copyOf(cites);
        }
    }

    public Scenario {
        expect = List.copyOf(expect);
        notExpected = List.copyOf(notExpected);
        duties = List.copyOf(duties);
    }
}
