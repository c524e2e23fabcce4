package org.prss.advisor.report;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleWorksheet;
import org.prss.advisor.knowledge.WorksheetAnswer;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The toolkit's role worksheet with the advisor's answers to its three questions, and whether the program's
 * role includes each activity; an included activity the advisor would keep out of the role is highlighted.
 */
final class RoleWorksheetSheet {

    static final String NAME = "Role Worksheet";

    private RoleWorksheetSheet() {
    }

    static void write(Sheet sheet, Styles styles, RoleWorksheet worksheet, List<String> programActivities) {
        Table table = Table.on(sheet, styles, "Category", "ID", "Activity", "Part of the peer's role?",
                "Conflicts with peer values, principles or ethics?", "Another staff member better suited?",
                "In your role?", "Why", "Sources");
        Set<String> included = Set.copyOf(programActivities);
        for (RoleActivity a : worksheet.activities()) {
            Row row = table.textRow(a.categoryName(), a.id(), a.activity(), null, null, null, null,
                    reasons(a), sources(a));
            answer(row, 3, a.partOfRole(), styles, a.partOfRole().answer() == WorksheetAnswer.Value.NO);
            answer(row, 4, a.conflictsWithValues(), styles, a.conflictsWithValues().answer() == WorksheetAnswer.Value.YES);
            answer(row, 5, a.anotherRoleBetter(), styles, a.anotherRoleBetter().answer() == WorksheetAnswer.Value.YES);
            if (included.contains(a.id())) {
                boolean mismatch = a.partOfRole().answer() == WorksheetAnswer.Value.NO;
                Table.text(row, 6, mismatch ? "YES: the advisor would keep this out of the peer role" : "YES",
                        mismatch ? styles.status(Status.GAP) : styles.status(Status.MET));
            }
        }
        table.finish(22, 28, 40, 26, 26, 30, 20, 80, 50);
    }

    private static void answer(Row row, int column, WorksheetAnswer answer, Styles styles, boolean warning) {
        CellStyle style = warning ? styles.status(Status.GAP)
                : answer.answer() == WorksheetAnswer.Value.CONDITIONAL ? styles.status(Status.PARTIAL) : styles.text;
        Table.text(row, column, answer.describe(), style);
    }

    private static String reasons(RoleActivity a) {
        return "Part of role: " + a.partOfRole().rationale() + "\nValues: " + a.conflictsWithValues().rationale()
                + "\nOther staff: " + a.anotherRoleBetter().rationale();
    }

    private static String sources(RoleActivity a) {
        Set<Citation> all = new LinkedHashSet<>();
        all.add(a.worksheet());
        List<WorksheetAnswer> answers = List.of(a.partOfRole(), a.conflictsWithValues(), a.anotherRoleBetter());
        answers.forEach(x -> all.addAll(x.citations()));
        List<String> lines = new ArrayList<>(FindingsSheet.citations(List.copyOf(all)).lines().toList());
        if (answers.stream().anyMatch(WorksheetAnswer::unsettled)) {
            lines.add("Not settled by the sources for at least one question; see Why.");
        }
        return String.join("\n", lines);
    }
}
