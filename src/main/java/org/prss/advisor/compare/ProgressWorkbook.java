package org.prss.advisor.compare;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.report.Styles;
import org.prss.advisor.report.Table;

/**
 * The progress report between two assessments: Summary (verdicts, what still keeps the later one from READY, scores
 * and counts), Closed Gaps, New Gaps and Status Changes, each change with the finding's severity.
 */
public final class ProgressWorkbook {

    private ProgressWorkbook() {}

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
        r = wide(sheet, styles, r, "Program", a.program());
        for (InputProblem different : a.differentProgramFrom(b)) {
            r = wide(sheet, styles, r, "Not the same program", different.path() + ": " + different.problem());
        }
        r = wide(
                sheet,
                styles,
                r,
                "Before",
                b.source() + " (" + b.assessedOn() + ", rule set " + b.ruleSetVersion() + ")");
        r = wide(
                sheet,
                styles,
                r,
                "After",
                a.source() + " (" + a.assessedOn() + ", rule set " + a.ruleSetVersion() + ")");
        r = wide(sheet, styles, r, "Verdict", b.verdict() + " -> " + a.verdict());
        for (String reason : p.stillBlocking()) {
            r = wide(sheet, styles, r, "Still blocking READY", reason);
        }
        r = wide(
                sheet,
                styles,
                r,
                "Changes",
                p.closedGaps().size() + " gaps closed (now MET, NOT_APPLICABLE or WAIVED), "
                        + p.newGaps().size() + " new gaps, " + p.statusChanges().size() + " status changes");
        if (p.ruleSetNote() != null) {
            r = wide(
                    sheet,
                    styles,
                    r,
                    "Rule sets differ",
                    p.ruleSetNote()
                            + (p.onlyAfter().isEmpty() ? "" : " New items: " + String.join(", ", p.onlyAfter()) + ".")
                            + (p.onlyBefore().isEmpty()
                                    ? ""
                                    : " Items no longer assessed: " + String.join(", ", p.onlyBefore()) + "."));
        }
        Table scores = Table.at(sheet, styles, r + 1, "Domain", "Score before", "Score after", "Change");
        for (Progress.ScoreChange s : p.scores()) {
            Row row = scores.row();
            Table.text(row, 0, s.name(), s.domain().equals("OVERALL") ? styles.label : styles.text);
            Table.number(row, 1, s.before(), styles.number);
            Table.number(row, 2, s.after(), styles.number);
            Table.number(row, 3, s.delta(), styles.number);
        }
        scores.fitRows(WIDTHS);
        Table.widths(sheet, WIDTHS);
        Table.printSetup(sheet);
    }

    /** Domain names, then three figures, each column no wider than its figures so they print under their headings. */
    private static final int[] WIDTHS = {40, 14, 14, 12};

    /** A label and a long value, the value across the three figure columns, the row sized to its text. */
    private static int wide(Sheet sheet, Styles styles, int r, String label, String value) {
        int next = Table.pair(sheet, styles, r, label, value);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, WIDTHS.length - 1));
        Table.fitHeight(sheet.getRow(r), value, WIDTHS[1] + WIDTHS[2] + WIDTHS[3]);
        return next;
    }

    private static void changes(Sheet sheet, Styles styles, List<Progress.Change> changes) {
        Table table = Table.on(sheet, styles, "Finding", "Title", "Domain", "Severity", "Before", "After");
        for (Progress.Change c : changes) {
            Row row = table.textRow(c.id(), c.title(), c.domain(), null, null, null);
            Table.text(row, 3, c.severity().name(), styles.severity(c.severity()));
            Table.text(
                    row,
                    4,
                    c.before() == null ? "(not assessed)" : c.before().name(),
                    c.before() == null ? styles.text : styles.status(c.before()));
            Table.text(row, 5, c.after().name(), styles.status(c.after()));
        }
        if (changes.isEmpty()) {
            table.textRow("None.");
        }
        table.finish(24, 50, 16, 11, 16, 16);
    }
}
