package org.prss.advisor.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.engine.ReadingChoice;
import org.prss.advisor.knowledge.DeclaredReading;

/**
 * The declared readings: for each place where a rule decides more than a source states, what the sources say, the
 * reading this assessment took (the advisor's default or the user's choice), the other alternatives and what each
 * would decide, why the advisor takes its default, and the findings that rest on it.
 */
final class ReadingsSheet {

    static final String NAME = "Readings";

    private ReadingsSheet() {}

    static void write(
            Sheet sheet,
            Styles styles,
            List<DeclaredReading> readings,
            List<ReadingChoice> taken,
            List<Finding> findings) {
        Table table = Table.on(
                sheet,
                styles,
                "Reading",
                "Question",
                "What the sources say",
                "Sources",
                "Reading used",
                "Chosen by",
                "Other alternatives (what each would decide)",
                "Why the advisor's default",
                "Findings resting on it");
        Map<String, ReadingChoice> byId = taken.stream().collect(Collectors.toMap(ReadingChoice::id, c -> c));
        for (DeclaredReading r : readings) {
            ReadingChoice choice = byId.get(r.id());
            String used = choice == null ? r.fallback() : choice.alternative();
            String reads =
                    r.alternative(used).map(DeclaredReading.Alternative::reads).orElse("");
            table.textRow(
                    r.id(),
                    r.title(),
                    r.source(),
                    FindingsSheet.citations(r.citations()),
                    used + ": " + reads,
                    choice != null && choice.chosenByUser() ? "the user (--reading)" : "the advisor's default",
                    r.alternatives().stream()
                            .filter(a -> !a.id().equals(used))
                            .map(a -> a.id() + ": " + a.decides())
                            .collect(Collectors.joining("\n")),
                    r.why(),
                    findings.stream()
                            .filter(f -> f.readings().stream().anyMatch(n -> n.id().equals(r.id())))
                            .map(f -> f.id() + " (" + f.status() + ")")
                            .collect(Collectors.joining("\n")));
        }
        if (table.lastRow() == 0) {
            table.textRow("The knowledge declares no readings.");
        }
        table.finish(26, 30, 48, 34, 44, 16, 48, 44, 26);
    }
}
