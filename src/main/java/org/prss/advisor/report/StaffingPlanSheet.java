package org.prss.advisor.report;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.engine.StaffingFigure;
import org.prss.advisor.knowledge.FundingOption;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.StateCertification;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.model.ProgramFacts;
import org.prss.advisor.model.ProgramInfo;

/**
 * The staffing plan: the program's staffing facts, the figures the rules worked out from them, the caseload limits
 * of each source and which governs, a what-if table of peers needed for a number of participants at each limit (live
 * formulas, so the participant column can be edited), the state's certification row, and the funding and help the
 * sources name for the setting.
 */
final class StaffingPlanSheet {

    static final String NAME = "Staffing Plan";
    private static final String CASELOAD_UNIT = "participants per peer";
    private static final int WHAT_IF_ROWS = 12;
    private static final int[] WIDTHS = {42, 28, 28, 60, 50};

    private StaffingPlanSheet() {}

    static void write(Sheet sheet, Styles styles, Assessment a, ProgramFacts facts, KnowledgeBase knowledge) {
        Table.text(sheet.createRow(0), 0, "Staffing Plan", styles.title);
        int r = inputs(sheet, styles, 2, a.program(), facts);
        r = figures(sheet, styles, r + 1, a.staffing());
        r = caseloadLimits(sheet, styles, r + 1, knowledge.thresholds());
        r = whatIf(sheet, styles, r + 1, knowledge.thresholds(), facts.expectedParticipants());
        r = state(sheet, styles, r + 1, a.program(), knowledge);
        funding(sheet, styles, r + 1, a.program(), knowledge.funding());
        Table.widths(sheet, WIDTHS);
        Table.printSetup(sheet);
    }

    private static int inputs(Sheet sheet, Styles styles, int r, ProgramInfo p, ProgramFacts f) {
        r = Table.pair(
                sheet,
                styles,
                r,
                "Setting",
                p.setting() == null ? null : p.setting().name());
        r = Table.pair(sheet, styles, r, "State", p.state());
        r = Table.pair(sheet, styles, r, "Average daily population", text(f.averageDailyPopulation()));
        r = Table.pair(sheet, styles, r, "Mental-health or co-occurring program", text(f.mentalHealthProgram()));
        r = Table.pair(sheet, styles, r, "Participants expected at one time", text(f.expectedParticipants()));
        r = Table.pair(sheet, styles, r, "Peer positions", text(f.peerPositions()));
        r = Table.pair(sheet, styles, r, "Hours per week per position", text(f.hoursPerWeek()));
        r = Table.pair(sheet, styles, r, "Full-time equivalents", text(f.fte()));
        r = Table.pair(sheet, styles, r, "Caseload per peer", text(f.caseloadPerPeer()));
        r = Table.pair(sheet, styles, r, "Employment model", text(f.employmentModel()));
        r = Table.pair(
                sheet,
                styles,
                r,
                "Pay",
                "hourly rate " + text(f.pay().hourlyRate()) + ", benefits "
                        + text(f.pay().benefits()) + ", full time "
                        + text(f.pay().fullTime()));
        return Table.pair(
                sheet,
                styles,
                r,
                "Supervision",
                f.supervision().describeProviders() + ", frequency "
                        + text(f.supervision().frequency()));
    }

    private static int figures(Sheet sheet, Styles styles, int r, List<StaffingFigure> figures) {
        Table table = Table.at(sheet, styles, r, "Worked out", "Value", "Unit", "How");
        for (StaffingFigure f : figures) {
            Row row = table.textRow(f.label(), null, f.unit(), f.how());
            Table.number(row, 1, f.value(), styles.text);
        }
        if (figures.isEmpty()) {
            table.textRow("Nothing could be worked out: state the setting, caseload, FTE and expected participants.");
        }
        table.fitRows(WIDTHS);
        return table.lastRow() + 1;
    }

    private static int caseloadLimits(Sheet sheet, Styles styles, int r, List<Threshold> thresholds) {
        Table table = Table.at(
                sheet,
                styles,
                r,
                "Caseload figure in the sources",
                "Value",
                "Unit",
                "Which setting it governs",
                "Source");
        for (Threshold t : thresholds) {
            if (CASELOAD_UNIT.equals(t.unit()) || (t.unit() != null && t.unit().startsWith(CASELOAD_UNIT))) {
                table.textRow(
                        t.id(), t.getText(), t.unit(), t.description().strip(), FindingsSheet.citations(t.citations()));
            }
        }
        table.fitRows(WIDTHS);
        return table.lastRow() + 1;
    }

    /** Peers needed for a number of participants at each caseload figure; the participant cells can be edited. */
    private static int whatIf(Sheet sheet, Styles styles, int r, List<Threshold> thresholds, Integer expected) {
        TreeSet<Integer> limits = new TreeSet<>();
        thresholds.stream()
                .filter(t -> CASELOAD_UNIT.equals(t.unit()) && t.getWhole() != null)
                .forEach(t -> limits.add(t.getWhole()));
        if (limits.isEmpty()) {
            return r;
        }
        String[] headers = new String[limits.size() + 1];
        headers[0] = "What if: participants (edit these)";
        int c = 1;
        for (int limit : limits) {
            headers[c++] = "Peers needed at " + limit + " per peer";
        }
        Table table = Table.at(sheet, styles, r, headers);
        Row limitRow = table.row();
        Table.text(limitRow, 0, "Caseload per peer", styles.label);
        c = 1;
        for (int limit : limits) {
            Table.number(limitRow, c++, limit, styles.text);
        }
        int step = stepFor(expected == null ? 0 : expected);
        for (int i = 1; i <= WHAT_IF_ROWS; i++) {
            Row row = table.row();
            Table.number(row, 0, i * step, styles.text);
            for (int col = 1; col <= limits.size(); col++) {
                Cell cell = row.createCell(col);
                String participants = new CellReference(row.getRowNum(), 0).formatAsString();
                String limit = new CellReference(limitRow.getRowNum(), col, true, false).formatAsString();
                cell.setCellFormula("ROUNDUP(" + participants + "/" + limit + ",0)");
                // The cached value, so readers that do not recalculate still see the number.
                cell.setCellValue(Math.ceil((double) (i * step) / limits.toArray(new Integer[0])[col - 1]));
                cell.setCellStyle(styles.text);
            }
        }
        return table.lastRow() + 1;
    }

    /** Rows step so the table reaches past the expected participants: 5, 10, 25, 50 or 100 at a time. */
    static int stepFor(int expected) {
        for (int step : new int[] {5, 10, 25, 50, 100}) {
            if (step * WHAT_IF_ROWS >= expected * 1.5) {
                return step;
            }
        }
        return 500;
    }

    private static int state(Sheet sheet, Styles styles, int r, ProgramInfo p, KnowledgeBase knowledge) {
        StateCertification s =
                p.state() == null ? null : knowledge.state(p.state()).orElse(null);
        if (s == null) {
            return r;
        }
        Table table =
                Table.at(sheet, styles, r, "State certification (" + s.jurisdiction() + ")", "As the table prints it");
        table.textRow("Credential", s.title());
        table.textRow("Certifying body", s.certifyingBody());
        table.textRow("Training hours", s.trainingHours());
        table.textRow("Exam", s.exam());
        table.textRow("Experience and supervised hours", s.supervisedHours());
        table.textRow("Time in recovery", s.recoveryTime());
        if (s.recoveryStatement() != null) {
            table.textRow("Time in recovery, second source", s.recoverySources());
        }
        table.textRow("Medicaid authority", s.medicaidAuthority());
        if (s.medicaidStatement() != null) {
            table.textRow("Medicaid, second source", s.medicaidSources());
        }
        table.textRow(
                "Medicaid, as the advisor reads it",
                s.medicaid().kind() + ": " + s.jurisdiction() + " Medicaid "
                        + s.medicaid().describe()
                        + " (the state's row only; whether it pays in this program's setting and through its biller is"
                        + " the MEDICAID-STATE-COVERAGE finding)");
        table.textRow(
                "Source",
                s.citation().text() + ". Check with the state board and the state Medicaid site before relying on it.");
        table.fitRows(WIDTHS);
        return table.lastRow() + 1;
    }

    private static void funding(Sheet sheet, Styles styles, int r, ProgramInfo p, List<FundingOption> funding) {
        Table table = Table.at(
                sheet,
                styles,
                r,
                "Funding and help" + (p.setting() == null ? "" : " for a " + p.setting() + " program"),
                "Kind",
                "Agency",
                "What it is",
                "Source");
        for (FundingOption o : funding) {
            if (p.setting() == null || o.settings().contains(p.setting())) {
                table.textRow(
                        o.name(), o.kind().name(), o.agency(), o.summary(), FindingsSheet.citations(o.citations()));
            }
        }
        table.fitRows(WIDTHS);
    }

    private static String text(Object value) {
        return Objects.toString(value, "(not stated)");
    }
}
