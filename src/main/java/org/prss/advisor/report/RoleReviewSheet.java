package org.prss.advisor.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.SkippedSection;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * The first sheet of a role review: whose role, how many duties got each verdict, the sections of a job description
 * that were not reviewed, and the role findings.
 */
final class RoleReviewSheet {

    static final String NAME = "Role Review";

    private RoleReviewSheet() {}

    static void write(Sheet sheet, Styles styles, Assessment a, String sourceName, List<SkippedSection> skipped) {
        Table.text(sheet.createRow(0), 0, "Peer Role Review", styles.title);
        int r = 2;
        r = Table.pair(
                sheet,
                styles,
                r,
                "Role from",
                a.program().name() == null ? sourceName : a.program().name());
        r = Table.pair(
                sheet,
                styles,
                r,
                "Setting",
                a.program().setting() == null ? null : a.program().setting().name());
        r = Table.pair(sheet, styles, r, "Reviewed on", a.assessedOn().toString());
        r = Table.pair(
                sheet,
                styles,
                r,
                "Rule set",
                a.ruleSet().name() + " " + a.ruleSet().version() + " ("
                        + a.ruleSet().hash() + ")");
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
        if (!skipped.isEmpty()) {
            Table sections = Table.at(sheet, styles, r, "Skipped section", "Why not reviewed", "Page", "Lines");
            for (SkippedSection s : skipped) {
                Row row = sections.textRow(s.heading(), s.why());
                Table.number(row, 2, s.page() > 0 ? s.page() : null, styles.text);
                Table.number(row, 3, s.lines(), styles.text);
            }
            sections.fitRows(24, 36, 14, 11);
            r = sections.lastRow() + 2;
        }
        Table findings = Table.at(
                sheet, styles, r, "ID", "Finding", "Status", "Severity", "Rationale", "Recommendation", "Sources");
        for (Finding f : a.findings()) {
            Row row = findings.textRow(
                    f.id(),
                    f.title(),
                    null,
                    null,
                    f.rationale(),
                    f.recommendation(),
                    FindingsSheet.citations(f.citations()));
            Table.text(row, 2, f.status().name(), styles.status(f.status()));
            Table.text(row, 3, f.severity().name(), styles.severity(f.severity()));
        }
        findings.finish(24, 36, 14, 11, 70, 60, 45);
    }
}
