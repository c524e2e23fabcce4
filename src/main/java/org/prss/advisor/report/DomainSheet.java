package org.prss.advisor.report;

import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;

/** One domain's checklist in the source's own order and groups, each item with the question asked and its result. */
final class DomainSheet {

    private DomainSheet() {}

    static void write(Sheet sheet, Styles styles, Domain domain, Map<String, Finding> findings, KnowledgeTexts texts) {
        Table table = Table.on(
                sheet,
                styles,
                "Group",
                "ID",
                "Item",
                "Question",
                "Status",
                "Severity",
                "Rationale",
                "Recommendation",
                "Sources");
        List<ChecklistItem> items = domain.items();
        for (ChecklistItem item : items) {
            Finding f = findings.get(item.id());
            Row row = table.textRow(
                    item.groupName(),
                    item.id(),
                    item.title(),
                    item.question(),
                    null,
                    null,
                    f.rationale(),
                    f.recommendation(),
                    texts.itemSources(f.id()));
            Table.text(row, 4, f.status().name(), styles.status(f.status()));
            Table.text(row, 5, f.severity().name(), styles.severity(f.severity()));
        }
        table.finish(22, 14, 30, 45, 14, 11, 60, 60, 45);
    }
}
