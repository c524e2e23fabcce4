package org.prss.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.model.MeasureStatus;
import org.prss.advisor.model.ProgramFacts;

/**
 * The evaluation plan: the program's evaluation facts, then one row per measure under each outcome domain the
 * sources name, beside the outcomes and instruments they suggest for it (with what to know before using one). A
 * domain the program measures nothing in gets an empty row to fill in. The Status column has a drop-down, so a
 * manager can keep the sheet as the plan's tracker.
 */
final class EvaluationPlanSheet {

    static final String NAME = "Evaluation Plan";
    static final String[] HEADERS = {
        "Outcome domain",
        "Outcomes the sources name",
        "Suggested instruments",
        "Program's measure",
        "Instrument",
        "Data source",
        "How often",
        "Reviewed by",
        "Status",
        "Sources"
    };
    static final int STATUS = 8;
    private static final int[] WIDTHS = {26, 46, 60, 34, 16, 26, 14, 22, 14, 50};

    private EvaluationPlanSheet() {}

    static void write(Sheet sheet, Styles styles, EvaluationGuide guide, ProgramFacts.EvaluationPlan plan) {
        Table.text(sheet.createRow(0), 0, NAME, styles.title);
        int r = Table.pair(
                sheet, styles, 2, "Goals and success criteria set before launch", text(plan.goalsAndSuccessCriteria()));
        r = Table.pair(sheet, styles, r, "Trial period (months)", text(plan.trialPeriodMonths()));
        r = Table.pair(sheet, styles, r, "Outcome data reviewed", text(plan.outcomeReview()));
        r = Table.pair(sheet, styles, r, "Partner check-ins", text(plan.partnerCheckIns()));
        List<ProgramFacts.Measure> measures = plan.measures() == null ? List.of() : plan.measures();
        Table table = Table.at(sheet, styles, r + 1, HEADERS);
        int first = table.lastRow() + 1;
        for (EvaluationGuide.OutcomeDomain domain : guide.outcomeDomains()) {
            String outcomes = String.join("\n", domain.outcomes());
            String suggested = suggestions(guide.instrumentsFor(domain.id()));
            String sources = FindingsSheet.citations(domain.citations());
            List<ProgramFacts.Measure> own = measures.stream()
                    .filter(m -> domain.id().equals(m.outcomeDomain()))
                    .toList();
            if (own.isEmpty()) {
                table.textRow(domain.name(), outcomes, suggested, null, null, null, null, null, null, sources);
            }
            for (ProgramFacts.Measure m : own) {
                table.textRow(
                        domain.name(),
                        outcomes,
                        suggested,
                        m.measure(),
                        instrumentName(guide, m.instrument()),
                        m.dataSource(),
                        m.frequency() == null ? null : m.frequency().name(),
                        m.reviewedBy(),
                        m.status() == null ? null : m.status().name(),
                        sources);
            }
        }
        if (table.lastRow() >= first) {
            Table.dropDown(sheet, first, table.lastRow(), STATUS, "Status", Table.names(MeasureStatus.values()));
        }
        table.fitRows(WIDTHS);
        Table.widths(sheet, WIDTHS);
        Table.printSetup(sheet);
    }

    /** "BARC-10 Brief Assessment of Recovery Capital: notes", one per line. */
    private static String suggestions(List<EvaluationGuide.Instrument> instruments) {
        if (instruments.isEmpty()) {
            return "(no instrument suggested; use program records)";
        }
        List<String> lines = new ArrayList<>();
        for (EvaluationGuide.Instrument i : instruments) {
            lines.add(i.id() + " (" + i.name() + "): " + i.notes());
        }
        return String.join("\n", lines);
    }

    private static String instrumentName(EvaluationGuide guide, String id) {
        if (id == null) {
            return null;
        }
        return guide.instrument(id).map(i -> i.id() + " (" + i.name() + ")").orElse(id);
    }

    private static String text(Object value) {
        return Objects.toString(value, "(not stated)");
    }
}
