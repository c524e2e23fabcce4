package org.prss.advisor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.ActionPlanner;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Citation;

import java.util.List;
import java.util.stream.Collectors;

/** Every finding in priority order (most severe first, gaps before unknowns), with a filter on every column. */
final class FindingsSheet {

    static final String NAME = "Findings";

    private FindingsSheet() {
    }

    static void write(Sheet sheet, Styles styles, List<Finding> findings, KnowledgeTexts texts) {
        Table table = Table.on(sheet, styles, "ID", "Domain", "Group", "Title", "Status", "Severity", "Rationale",
                "Recommendation", "Sources", "Based on", "Decided by rule");
        for (Finding f : ActionPlanner.inPriorityOrder(findings)) {
            Row row = table.textRow(f.id(), f.domain(), f.group(), f.title(), null, null, f.rationale(),
                    f.recommendation(), texts.itemSources(f.id()), String.join("\n", f.evidence()), f.decidedBy());
            Table.text(row, 4, f.status().name(), styles.status(f.status()));
            Table.text(row, 5, f.severity().name(), styles.severity(f.severity()));
        }
        table.finish(14, 12, 20, 30, 14, 11, 60, 60, 45, 30, 30);
    }

    static String citations(List<Citation> citations) {
        return citations.stream().map(c -> c.source() + ", " + c.section() + ", " + c.locator())
                .collect(Collectors.joining("\n"));
    }
}
