package org.prss.advisor.report;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.model.Status;

/**
 * Every waiver the description carries: what it waives, why, who approved it, until when, and whether it still applies.
 */
final class WaiversSheet {

    static final String NAME = "Waivers";

    private WaiversSheet() {}

    static void write(Sheet sheet, Styles styles, List<Finding> findings) {
        Table table = Table.on(
                sheet,
                styles,
                "Finding",
                "Title",
                "Waiver",
                "Status now",
                "Status without the waiver",
                "Justification",
                "Approved by",
                "Expires");
        for (Finding f : findings) {
            Finding.WaiverNote w = f.waiver();
            if (w == null) {
                continue;
            }
            Row row = table.textRow(
                    f.id(),
                    f.title(),
                    null,
                    null,
                    w.statusWithoutWaiver() == null
                            ? f.status().name()
                            : w.statusWithoutWaiver().name(),
                    w.justification(),
                    w.approvedBy(),
                    w.expires());
            Table.text(
                    row,
                    2,
                    w.expired() ? "EXPIRED: no longer applies" : "IN FORCE",
                    styles.status(w.expired() ? Status.GAP : Status.WAIVED));
            Table.text(row, 3, f.status().name(), styles.status(f.status()));
        }
        if (table.lastRow() == 0) {
            table.textRow("No waivers in this description.");
        }
        table.finish(22, 36, 24, 14, 16, 60, 26, 12);
    }
}
