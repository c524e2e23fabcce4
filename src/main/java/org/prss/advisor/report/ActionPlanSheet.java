package org.prss.advisor.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.ActionItem;

/**
 * The open findings as a plan the agency works from: owner, due date and status columns for them to fill in,
 * with a drop-down for status and a date check on the due date.
 */
final class ActionPlanSheet {

    static final String NAME = "Action Plan";
    static final String[] STATUSES = {"Not started", "In progress", "Done", "Blocked"};

    /** Rows of the owner, due-date and status columns kept editable beyond the plan, for actions the agency adds. */
    private static final int SPARE_ROWS = 20;

    private ActionPlanSheet() {}

    static void write(Sheet sheet, Styles styles, List<ActionItem> plan) {
        Table table = Table.on(
                sheet,
                styles,
                "Priority",
                "Finding",
                "Severity",
                "Gap status",
                "Title",
                "Action",
                "Owner",
                "Due date",
                "Status",
                "Notes");
        for (ActionItem item : plan) {
            Row row = table.row();
            Table.number(row, 0, item.priority(), styles.text);
            Table.text(row, 1, item.findingId(), styles.text);
            Table.text(row, 2, item.severity().name(), styles.severity(item.severity()));
            Table.text(row, 3, item.status().name(), styles.status(item.status()));
            Table.text(row, 4, item.title(), styles.text);
            Table.text(row, 5, item.action(), styles.text);
            Table.text(row, 6, null, styles.text);
            Table.text(row, 7, null, styles.date);
            Table.text(row, 8, STATUSES[0], styles.text);
            Table.text(row, 9, null, styles.text);
        }
        int last = Math.max(table.lastRow(), 1) + SPARE_ROWS;
        Table.dropDown(sheet, 1, last, 8, "Status", STATUSES);
        Table.dateInput(sheet, 1, last, 7, "Due date");
        table.finish(9, 14, 11, 12, 30, 70, 18, 12, 13, 30);
    }
}
