package org.prss.advisor.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.compare.AssessmentSnapshot;
import org.prss.advisor.compare.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The progress report between two assessments: Summary (scores and counts), Closed Gaps, New Gaps, Status Changes. */
public final class ProgressWorkbook {

    private ProgressWorkbook() {
    }

    public static void write(Progress p, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet("Summary"), styles, p);
            changes(workbook.createSheet("Closed Gaps"), styles, p.closedGaps());
            changes(workbook.createSheet("New Gaps"), styles, p.newGaps());
            changes(workbook.createSheet("Status Changes"), styles, p.statusChanges());
            workbook.getProperties().getCoreProperties().setTitle("Peer support readiness: progress");
            workbook.getProperties().getCoreProperties().setCreator("Peer Support Readiness Advisor");
            workbook.write(out);
        }
    }

    private static void summary(Sheet sheet, Styles styles, Progress p) {
        Table.text(sheet.createRow(0), 0, "Progress between two assessments", styles.title);
        AssessmentSnapshot b = p.before();
        AssessmentSnapshot a = p.after();
        int r = 2;
        r = SummarySheet.pair(sheet, styles, r, "Program", a.program());
        r = SummarySheet.pair(sheet, styles, r, "Before", b.source() + " (" + b.assessedOn() + ", rule set " + b.ruleSetVersion() + ")");
        r = SummarySheet.pair(sheet, styles, r, "After", a.source() + " (" + a.assessedOn() + ", rule set " + a.ruleSetVersion() + ")");
        r = SummarySheet.pair(sheet, styles, r, "Verdict", b.verdict() + " -> " + a.verdict());
        r = SummarySheet.pair(sheet, styles, r, "Changes", p.closedGaps().size() + " gaps closed, " + p.newGaps().size()
                + " new gaps, " + p.statusChanges().size() + " status changes");
        if (p.ruleSetNote() != null) {
            r = SummarySheet.pair(sheet, styles, r, "Rule sets differ", p.ruleSetNote()
                    + (p.onlyAfter().isEmpty() ? "" : " New items: " + String.join(", ", p.onlyAfter()) + ".")
                    + (p.onlyBefore().isEmpty() ? "" : " Items no longer assessed: " + String.join(", ", p.onlyBefore()) + "."));
        }
        Table scores = Table.at(sheet, styles, r + 1, "Domain", "Score before", "Score after", "Change");
        for (Progress.ScoreChange s : p.scores()) {
            Row row = scores.row();
            Table.text(row, 0, s.name(), s.domain().equals("OVERALL") ? styles.label : styles.text);
            Table.number(row, 1, s.before(), styles.number);
            Table.number(row, 2, s.after(), styles.number);
            Table.number(row, 3, s.delta(), styles.number);
        }
        Table.widths(sheet, 30, 70, 14, 12);
        Table.printSetup(sheet);
    }

    private static void changes(Sheet sheet, Styles styles, List<Progress.Change> changes) {
        Table table = Table.on(sheet, styles, "Finding", "Title", "Domain", "Before", "After");
        for (Progress.Change c : changes) {
            Row row = table.textRow(c.id(), c.title(), c.domain(), null, null);
            Table.text(row, 3, c.before() == null ? "(not assessed)" : c.before().name(),
                    c.before() == null ? styles.text : styles.status(c.before()));
            Table.text(row, 4, c.after().name(), styles.status(c.after()));
        }
        if (changes.isEmpty()) {
            table.textRow("None.");
        }
        table.finish(24, 50, 16, 16, 16);
    }
}
