package org.prss.advisor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

import java.util.EnumMap;
import java.util.Map;

/** The first sheet of a role review: whose role, how many duties got each verdict, and the role findings. */
final class RoleReviewSheet {

    static final String NAME = "Role Review";

    private RoleReviewSheet() {
    }

    static void write(Sheet sheet, Styles styles, Assessment a, String sourceName) {
        Table.text(sheet.createRow(0), 0, "Peer Role Review", styles.title);
        int r = 2;
        r = SummarySheet.pair(sheet, styles, r, "Role from", a.program().name() == null ? sourceName : a.program().name());
        r = SummarySheet.pair(sheet, styles, r, "Setting", a.program().setting() == null ? null : a.program().setting().name());
        r = SummarySheet.pair(sheet, styles, r, "Reviewed on", a.assessedOn().toString());
        r = SummarySheet.pair(sheet, styles, r, "Rule set", a.ruleSet().name() + " " + a.ruleSet().version() + " (" + a.ruleSet().hash() + ")");
        r++;
        Map<DutyFit, Integer> counts = new EnumMap<>(DutyFit.class);
        for (DutyFit fit : DutyFit.values()) {
            counts.put(fit, 0);
        }
        for (DutyReview d : a.duties()) {
            counts.merge(d.verdict().fit(), 1, Integer::sum);
        }
        Table verdicts = Table.at(sheet, styles, r, "Duty verdict", "Duties");
        for (DutyFit fit : DutyFit.values()) {
            Row row = verdicts.row();
            Table.text(row, 0, ProposedDutiesSheet.label(fit), ProposedDutiesSheet.style(styles, fit));
            Table.number(row, 1, counts.get(fit), styles.text);
        }
        r = verdicts.lastRow() + 2;
        Table findings = Table.at(sheet, styles, r, "ID", "Finding", "Status", "Severity", "Rationale", "Recommendation",
                "Sources");
        for (Finding f : a.findings()) {
            Row row = findings.textRow(f.id(), f.title(), null, null, f.rationale(), f.recommendation(),
                    FindingsSheet.citations(f.citations()));
            Table.text(row, 2, f.status().name(), styles.status(f.status()));
            Table.text(row, 3, f.severity().name(), styles.severity(f.severity()));
        }
        findings.finish(24, 36, 14, 11, 70, 60, 45);
    }
}
