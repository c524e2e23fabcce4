package org.prss.advisor.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.TeamAnswerRule;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Status;
import org.prss.advisor.team.Team;
import org.prss.advisor.team.TeamItem;
import org.prss.advisor.team.TeamMember;

/**
 * A team self-assessment's answers side by side: for every item any respondent answered, each respondent's answer
 * and note, the combined answer the assessment used and how it came about, a flag where the respondents' known
 * answers differ, and the finding's status; under the table, the rule that combines answers, why, and its sources.
 */
final class TeamAnswersSheet {

    static final String NAME = "Team Answers";
    static final String DIFFER = "DIFFER";

    private TeamAnswersSheet() {}

    static void write(Sheet sheet, Styles styles, Team team, Map<String, Finding> findings) {
        List<String> headers = new ArrayList<>(List.of("Item", "Severity", "Title"));
        for (TeamMember m : team.respondents()) {
            headers.add(m.label() + ": answer");
            headers.add(m.name() + ": note");
        }
        headers.addAll(List.of("Combined answer", "How combined", "Respondents differ", "Finding status"));
        Table table = Table.on(sheet, styles, headers.toArray(String[]::new));
        for (TeamItem item : team.items()) {
            Row row = table.row();
            Table.text(row, 0, item.id(), styles.text);
            Table.text(row, 1, item.severity().name(), styles.severity(item.severity()));
            Table.text(row, 2, item.title(), styles.text);
            int c = 3;
            for (int i = 0; i < team.respondents().size(); i++) {
                AnswerValue answer = item.answers().get(i).answer();
                Table.text(row, c++, answer == null ? null : answer.name(), answerStyle(styles, answer));
                Table.text(row, c++, item.answers().get(i).note(), styles.text);
            }
            Table.text(
                    row,
                    c++,
                    item.combined() == null ? null : item.combined().name(),
                    answerStyle(styles, item.combined()));
            Table.text(row, c++, item.how(), styles.text);
            Table.text(row, c++, item.disagree() ? DIFFER : null, item.disagree() ? styles.flag : styles.text);
            Finding finding = findings.get(item.id());
            Table.text(row, c, finding.status().name(), styles.status(finding.status()));
        }
        int last = table.lastRow();
        List<Integer> widths = new ArrayList<>(List.of(22, 11, 34));
        team.respondents().forEach(m -> widths.addAll(List.of(14, 30)));
        widths.addAll(List.of(12, 30, 11, 14));
        int[] columns = widths.stream().mapToInt(Integer::intValue).toArray();
        table.finish(columns);
        rule(sheet, styles, last + 2, team.rule(), columns);
    }

    /** The rule that combined the answers, under the table: what it does, why, and where the sources say so. */
    private static void rule(Sheet sheet, Styles styles, int r, TeamAnswerRule rule, int[] widths) {
        r = line(sheet, styles, r, "How answers combine", rule.describe(), widths);
        r = line(sheet, styles, r, "Why", rule.why(), widths);
        line(sheet, styles, r, "Sources", FindingsSheet.citations(rule.citations()), widths);
    }

    /** A label in the first column and its text across the rest of the table's width. */
    private static int line(Sheet sheet, Styles styles, int r, String label, String text, int[] widths) {
        Row row = sheet.createRow(r);
        Table.text(row, 0, label, styles.label);
        Table.text(row, 1, text, styles.text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, widths.length - 1));
        Table.fitHeight(row, text, Arrays.stream(widths).skip(1).sum());
        return r + 1;
    }

    /** An answer coloured as the status it gives: YES as met, PARTIAL as partial, NO as a gap, UNKNOWN as unknown. */
    static CellStyle answerStyle(Styles styles, AnswerValue answer) {
        if (answer == null) {
            return styles.text;
        }
        return styles.status(
                switch (answer) {
                    case YES -> Status.MET;
                    case PARTIAL -> Status.PARTIAL;
                    case NO -> Status.GAP;
                    case UNKNOWN -> Status.UNKNOWN;
                });
    }
}
