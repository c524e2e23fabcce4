package org.prss.advisor.report;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.prss.advisor.assessment.AnswerDisagreement;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.engine.ReadingChoice;
import org.prss.advisor.knowledge.ScoringPolicy;
import org.prss.advisor.model.ProgramInfo;
import org.prss.advisor.model.Respondent;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.team.Team;

/**
 * The first sheet: who, when, the verdict and why, scores with their formula, open findings by severity, a chart, and
 * the checklist answers that disagree with the facts that settle their items.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final String ANSWERS_AGAINST_FACTS = "Answers that disagree with the facts";

    private SummarySheet() {}

    static void write(XSSFSheet sheet, Styles styles, Assessment a, ScoringPolicy policy) {
        Row title = sheet.createRow(0);
        Table.text(title, 0, "Peer Support Readiness Assessment", styles.title);
        ProgramInfo p = a.program();
        int r = 2;
        r = wide(sheet, styles, r, "Program", p.name());
        r = wide(sheet, styles, r, "Agency", p.agency());
        r = wide(sheet, styles, r, "State", p.state());
        r = wide(
                sheet,
                styles,
                r,
                "Setting",
                p.setting() == null ? null : p.setting().name());
        r = wide(sheet, styles, r, "Stage", p.stage() == null ? null : p.stage().name());
        if (p.respondent() != null) {
            r = wide(sheet, styles, r, "Filled in by", respondent(p.respondent()));
        }
        if (a.team() != null) {
            r = team(sheet, styles, r, a.team());
        }
        r = wide(sheet, styles, r, "Assessed on", a.assessedOn().toString());
        r = wide(
                sheet,
                styles,
                r,
                "Rule set",
                a.ruleSet().name() + " " + a.ruleSet().version());
        r = wide(sheet, styles, r, "Rule set hash", a.ruleSet().hash());
        r++;
        Row verdict = sheet.createRow(r);
        Table.text(verdict, 0, "Verdict", styles.label);
        Table.text(verdict, 1, a.verdict().name(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COLUMN));
        r++;
        r = wide(sheet, styles, r, "Why", String.join("; ", a.verdictReasons()));
        r++;

        Table scores = Table.at(
                sheet,
                styles,
                r,
                "Domain",
                "Score (0-100)",
                "Met",
                "Partial",
                "Gap",
                "Unknown",
                "Not applicable",
                "Waived");
        for (DomainScore d : a.scores().domains()) {
            Row row = scores.row();
            Table.text(
                    row,
                    0,
                    d.scored() ? d.name() : d.name() + " (self-assessment, not in the overall score)",
                    styles.text);
            Table.number(row, 1, d.score(), styles.number);
            int c = 2;
            for (Status s : new Status[] {
                Status.MET, Status.PARTIAL, Status.GAP, Status.UNKNOWN, Status.NOT_APPLICABLE, Status.WAIVED
            }) {
                Table.number(row, c++, d.counts().get(s), styles.text);
            }
        }
        Row overall = scores.row();
        Table.text(overall, 0, "Overall", styles.label);
        Table.number(overall, 1, a.scores().overall(), styles.number);
        scores.fitRows(WIDTHS);
        r = scores.lastRow() + 1;
        r = wide(sheet, styles, r, "Formula", a.scores().formula());
        r = wide(
                sheet,
                styles,
                r,
                "Scoring policy",
                policy.grounds().statement() + " ("
                        + FindingsSheet.citations(policy.grounds().citations()) + ")");
        r = wide(sheet, styles, r, "Readings", readings(a.readings()));
        r++;

        Table severities = Table.at(sheet, styles, r, "Severity", "Open findings");
        int firstData = r + 1;
        for (Severity s : Severity.values()) {
            if (s == Severity.INFO) {
                continue;
            }
            Row row = severities.row();
            Table.text(row, 0, s.name(), styles.severity(s));
            Table.number(row, 1, a.openBySeverity().get(s), styles.text);
        }
        int lastData = severities.lastRow();
        chart(sheet, firstData, lastData, lastData + 2);
        answersAgainstFacts(sheet, styles, lastData + CHART_ROWS + 3, a.answerDisagreements());

        Table.widths(sheet, WIDTHS);
        Table.printSetup(sheet);
    }

    /** Who answered a team self-assessment, by role, how far they disagree, and how their answers combine. */
    private static int team(Sheet sheet, Styles styles, int r, Team team) {
        r = wide(
                sheet,
                styles,
                r,
                "Respondents",
                team.respondents().size() + ": "
                        + team.respondents().stream()
                                .map(m -> m.label() + ", " + m.file())
                                .collect(Collectors.joining("; ")));
        r = wide(sheet, styles, r, "Respondents by role", team.rolesText());
        r = wide(
                sheet,
                styles,
                r,
                "Disagreements",
                "They answered " + team.agenda().size() + " item(s) differently (see " + DiscussionAgendaSheet.NAME
                        + ") and stated " + team.factDisagreements().size()
                        + " fact(s) differently, each assessed as unknown until they agree.");
        return wide(
                sheet, styles, r, "Combined answers", team.rule().describe() + " (see " + TeamAnswersSheet.NAME + ")");
    }

    /** Which declared readings this assessment took: the advisor's defaults, or the ones the user chose. */
    private static String readings(List<ReadingChoice> readings) {
        List<String> chosen = readings.stream()
                .filter(ReadingChoice::chosenByUser)
                .map(c -> c.id() + " = " + c.alternative())
                .toList();
        return readings.size() + " declared reading(s), where a rule decides more than a source states: "
                + (chosen.isEmpty()
                        ? "all at the advisor's defaults"
                        : "chosen by you: " + String.join("; ", chosen) + "; the rest at the advisor's defaults")
                + " (see " + ReadingsSheet.NAME + ").";
    }

    /**
     * Each checklist answer that disagrees with the facts that settle its item, like the team's facts stated
     * differently: the item, the answer and its note (across columns B to E), what the facts alone make it, and the
     * less favourable status the finding took. One line says when there is none.
     */
    private static void answersAgainstFacts(Sheet sheet, Styles styles, int r, List<AnswerDisagreement> disagreements) {
        Table.text(sheet.createRow(r), 0, ANSWERS_AGAINST_FACTS, styles.title);
        Table table = Table.at(
                sheet, styles, r + 1, "Item", "Answer (and its note)", "", "", "", "Facts alone", "Status taken");
        answerAcross(sheet, table.lastRow());
        for (AnswerDisagreement d : disagreements) {
            Row row = table.row();
            Table.text(row, 0, d.id(), styles.text);
            Table.text(row, 1, d.answerText(), TeamAnswersSheet.answerStyle(styles, d.answer()));
            Table.text(row, 5, d.byFacts().name(), styles.status(d.byFacts()));
            Table.text(row, 6, d.status().name(), styles.status(d.status()));
            answerAcross(sheet, row.getRowNum());
        }
        if (disagreements.isEmpty()) {
            String none = "none: every checklist answer agrees with the facts that settle its item";
            Table.fitHeight(table.textRow(none), none, WIDTHS[0]);
        }
    }

    /** Columns B to E of row {@code r} as one cell, the row sized to its text. */
    private static void answerAcross(Sheet sheet, int r) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, ANSWER_LAST_COLUMN));
        int across = java.util.Arrays.stream(WIDTHS, 1, ANSWER_LAST_COLUMN + 1).sum();
        Row row = sheet.getRow(r);
        Table.fitHeight(row, row.getCell(1).getStringCellValue(), across);
    }

    private static String respondent(Respondent respondent) {
        return (respondent.name() == null ? "(name not stated)" : respondent.name())
                + (respondent.role() == null ? "" : " (" + respondent.role().name() + ")");
    }

    /**
     * Column widths in characters: the domain names (which wrap, with their rows sized to fit), then the score and
     * the six status counts, each column no wider than its figures, so they print under their own headings.
     */
    private static final int[] WIDTHS = {40, 14, 10, 10, 10, 10, 14, 10};

    private static final int LAST_COLUMN = WIDTHS.length - 1;

    /** The last column the answer and its note span, in the list of answers that disagree with the facts. */
    private static final int ANSWER_LAST_COLUMN = 4;

    /** The rows the chart of open findings takes. */
    private static final int CHART_ROWS = 16;

    /** A label and a long value on row {@code r}, the value across columns B to H, the row sized to its text. */
    private static int wide(Sheet sheet, Styles styles, int r, String label, String value) {
        int next = Table.pair(sheet, styles, r, label, value);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COLUMN));
        int across = java.util.Arrays.stream(WIDTHS).skip(1).sum();
        Table.fitHeight(sheet.getRow(r), value, across);
        return next;
    }

    /** A bar chart of open findings by severity, drawn from the table above it. */
    private static void chart(XSSFSheet sheet, int firstRow, int lastRow, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart =
                drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 4, anchorRow + CHART_ROWS));
        chart.setTitleText("Open findings by severity");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(org.apache.poi.xddf.usermodel.chart.BarDirection.COL);
        data.setVaryColors(false);
        values.setCrosses(org.apache.poi.xddf.usermodel.chart.AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(org.apache.poi.xddf.usermodel.chart.AxisCrossBetween.BETWEEN);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 1, 1)));
        series.setTitle("Open findings", null);
        // An explicit fill: without one some spreadsheet programs draw the bars invisible.
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.STEEL_BLUE)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }
}
