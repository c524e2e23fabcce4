package org.prss.advisor.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.knowledge.PersonalChecklist;

/**
 * The personal ethics checklist (LAPPA Toolkit 2021, Appendix G) for a peer and supervisor to fill in together: each
 * statement with a rating drop-down, whether to take it to supervision, and notes. It is a tool, not a finding: the
 * advisor scores nothing here.
 */
final class PersonalChecklistSheet {

    static final String NAME = "Personal Ethics Checklist";
    static final String[] RATINGS = {"Not yet rated", "Yes, consistently", "Mostly", "Working on it", "Not yet"};
    private static final String[] YES_NO = {"No", "Yes"};

    private PersonalChecklistSheet() {}

    static void write(Sheet sheet, Styles styles, PersonalChecklist checklist) {
        Table table = Table.on(
                sheet,
                styles,
                "#",
                "Section",
                "ID",
                "Statement",
                "Peer's rating",
                "Take to supervision?",
                "Notes",
                "Source");
        List<PersonalChecklist.Statement> statements = checklist.statements();
        for (int i = 0; i < statements.size(); i++) {
            PersonalChecklist.Statement s = statements.get(i);
            Row row = table.textRow(
                    null,
                    s.section(),
                    s.id(),
                    s.statement(),
                    RATINGS[0],
                    YES_NO[0],
                    null,
                    FindingsSheet.citations(List.of(s.citation())));
            Table.number(row, 0, i + 1, styles.text);
        }
        int last = Math.max(table.lastRow(), 1);
        Table.dropDown(sheet, 1, last, 4, "Peer's rating", RATINGS);
        Table.dropDown(sheet, 1, last, 5, "Take to supervision?", YES_NO);
        table.finish(5, 20, 14, 70, 18, 14, 40, 40);
    }
}
