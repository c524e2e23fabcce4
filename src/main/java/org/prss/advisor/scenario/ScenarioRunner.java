package org.prss.advisor.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prss.advisor.Advisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.DutyVerdict;

/** Runs scenarios against a loaded advisor and compares what they expect with what the rules decide. */
public final class ScenarioRunner {

    /** The date a scenario is assessed on when it names none, so results never depend on the day they run. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 1, 1);

    private final Advisor advisor;

    public ScenarioRunner(Advisor advisor) {
        this.advisor = advisor;
    }

    public List<ScenarioResult> run(List<Scenario> scenarios) {
        return scenarios.stream().map(this::run).toList();
    }

    public ScenarioResult run(Scenario scenario) {
        Advisor chosen = scenario.readings() == null ? advisor : advisor.withReadings(scenario.readings());
        Assessment a = chosen.assess(scenario.program(), scenario.asOf() == null ? DEFAULT_AS_OF : scenario.asOf());
        Map<String, Finding> findings =
                a.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity()));
        List<ScenarioResult.Mismatch> mismatches = new ArrayList<>();
        for (Scenario.Expected e : scenario.expect()) {
            Finding f = findings.get(e.id());
            if (f.status() != e.status()) {
                mismatches.add(mismatch(f, e.status().name(), f.status().name()));
            } else if (e.severity() != null && f.severity() != e.severity()) {
                mismatches.add(mismatch(f, "severity " + e.severity(), "severity " + f.severity()));
            }
            e.says().stream()
                    .filter(words -> !f.rationale().contains(words))
                    .findFirst()
                    .ifPresent(words -> mismatches.add(mismatch(f, "rationale saying '" + words + "'", "it does not")));
            List<String> cited = f.citations().stream().map(Citation::source).toList();
            e.cites().stream()
                    .filter(source -> !cited.contains(source))
                    .findFirst()
                    .ifPresent(source -> mismatches.add(mismatch(f, "a citation of " + source, "cites " + cited)));
            List<String> restsOn =
                    f.readings().stream().map(Finding.ReadingNote::id).toList();
            e.restsOn().stream()
                    .filter(reading -> !restsOn.contains(reading))
                    .findFirst()
                    .ifPresent(reading ->
                            mismatches.add(mismatch(f, "resting on reading " + reading, "rests on " + restsOn)));
        }
        for (Scenario.Expected e : scenario.notExpected()) {
            Finding f = findings.get(e.id());
            boolean hit = e.status() == null ? f.status().isOpen() : f.status() == e.status();
            if (hit) {
                mismatches.add(mismatch(
                        f,
                        "not " + (e.status() == null ? "open" : e.status().name()),
                        f.status().name()));
            }
        }
        for (Scenario.ExpectedDuty e : scenario.duties()) {
            Optional<DutyReview> review = a.duties().stream()
                    .filter(d -> d.duty().text().equals(e.duty()))
                    .findFirst();
            if (review.isEmpty()) {
                mismatches.add(new ScenarioResult.Mismatch(
                        "duty '" + e.duty() + "'",
                        e.verdict().name(),
                        "no such duty",
                        "the description's role has no duty with exactly this text",
                        null));
            } else {
                mismatches.addAll(dutyMismatches(e, review.get().verdict()));
            }
        }
        return new ScenarioResult(scenario, mismatches);
    }

    private static List<ScenarioResult.Mismatch> dutyMismatches(Scenario.ExpectedDuty e, DutyVerdict v) {
        String what = "duty '" + e.duty() + "'";
        List<ScenarioResult.Mismatch> out = new ArrayList<>();
        if (e.knownMiss() != null) {
            if (v.fit() == e.verdict()) {
                out.add(new ScenarioResult.Mismatch(
                        what,
                        "the known miss " + e.knownMiss(),
                        v.fit().name() + ", the expected verdict: remove knownMiss",
                        v.reason(),
                        null));
            } else if (v.fit() != e.knownMiss()) {
                out.add(new ScenarioResult.Mismatch(
                        what,
                        e.verdict() + " (known miss " + e.knownMiss() + ")",
                        v.fit().name(),
                        v.reason(),
                        null));
            }
            return out;
        }
        if (v.fit() != e.verdict()) {
            out.add(new ScenarioResult.Mismatch(
                    what, e.verdict().name(), v.fit().name(), v.reason(), null));
        }
        e.says().stream()
                .filter(words -> !v.reason().contains(words))
                .findFirst()
                .ifPresent(words -> out.add(new ScenarioResult.Mismatch(
                        what, "a reason saying '" + words + "'", "it does not", v.reason(), null)));
        List<String> cited =
                v.citations().stream().map(Citation::source).distinct().toList();
        e.cites().stream()
                .filter(source -> !cited.contains(source))
                .findFirst()
                .ifPresent(source -> out.add(new ScenarioResult.Mismatch(
                        what, "a citation of " + source, "cites " + cited, v.reason(), null)));
        return out;
    }

    private static ScenarioResult.Mismatch mismatch(Finding f, String expected, String actual) {
        return new ScenarioResult.Mismatch(f.id(), expected, actual, f.rationale(), f.decidedBy());
    }
}
