package org.prss.advisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.ActionPlanner;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;

/**
 * Every finding in priority order (most severe first, gaps before unknowns), the scored findings first and then those
 * of self-assessments that count toward no score (the COSSAP quick assessments), marked as such in the Domain column,
 * as the action plan leaves them out; with a filter on every column.
 */
final class FindingsSheet {

    static final String NAME = "Findings";

    private FindingsSheet() {}

    static void write(Sheet sheet, Styles styles, Assessment assessment, KnowledgeTexts texts) {
        Table table = Table.on(
                sheet,
                styles,
                "ID",
                "Domain",
                "Group",
                "Title",
                "Status",
                "Severity",
                "Rationale",
                "Recommendation",
                "Sources",
                "Based on",
                "Decided by rule",
                "Rests on the advisor's reading");
        Set<String> unscored = assessment.scores().domains().stream()
                .filter(d -> !d.scored())
                .map(DomainScore::domain)
                .collect(Collectors.toSet());
        List<Finding> scored = assessment.findings().stream()
                .filter(f -> !unscored.contains(f.domain()))
                .toList();
        List<Finding> selfAssessed = assessment.findings().stream()
                .filter(f -> unscored.contains(f.domain()))
                .toList();
        List<Finding> order = new ArrayList<>(ActionPlanner.inPriorityOrder(scored));
        order.addAll(ActionPlanner.inPriorityOrder(selfAssessed));
        for (Finding f : order) {
            String domain = unscored.contains(f.domain()) ? f.domain() + " (self-assessment, not scored)" : f.domain();
            Row row = table.textRow(
                    f.id(),
                    domain,
                    f.group(),
                    f.title(),
                    null,
                    null,
                    f.rationale(),
                    f.recommendation(),
                    texts.itemSources(f.id()),
                    String.join("\n", f.evidence()),
                    f.decidedBy(),
                    readings(f));
            Table.text(row, 4, f.status().name(), styles.status(f.status()));
            Table.text(row, 5, f.severity().name(), styles.severity(f.severity()));
        }
        table.finish(14, 16, 20, 30, 14, 11, 60, 60, 45, 30, 30, 45);
    }

    /** The readings a finding rests on, each with the alternative taken; see the Readings sheet. */
    private static String readings(Finding f) {
        return f.readings().stream()
                .map(r -> r.id() + " = " + r.alternative() + (r.chosenByUser() ? " (your choice)" : " (default)"))
                .collect(Collectors.joining("\n"));
    }

    static String citations(List<Citation> citations) {
        return citations.stream().map(Citation::text).collect(Collectors.joining("\n"));
    }
}
