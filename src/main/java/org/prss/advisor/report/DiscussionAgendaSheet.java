package org.prss.advisor.report;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.team.FactDisagreement;
import org.prss.advisor.team.RespondentAnswer;
import org.prss.advisor.team.Team;
import org.prss.advisor.team.TeamItem;
import org.prss.advisor.team.TeamMember;

/**
 * What a team self-assessment's respondents should talk through: each item whose known answers differ, most severe
 * first, with the question, who answered what, the answer the assessment used, the finding and why the item matters;
 * then the facts they stated differently, which the assessment treats as unknown until they settle them.
 */
final class DiscussionAgendaSheet {

    static final String NAME = "Discussion Agenda";
    static final String FACTS = "Facts stated differently";

    private static final int[] WIDTHS = {5, 22, 11, 40, 46, 12, 14, 60};

    private DiscussionAgendaSheet() {}

    static void write(
            Sheet sheet, Styles styles, Team team, Map<String, ChecklistItem> items, Map<String, Finding> findings) {
        Table agenda = Table.on(
                sheet,
                styles,
                "#",
                "Item",
                "Severity",
                "Question",
                "Who answered what",
                "Combined answer",
                "Finding status",
                "Why it matters");
        int n = 1;
        for (TeamItem item : team.agendaItems()) {
            ChecklistItem known = items.get(item.id());
            Finding finding = findings.get(item.id());
            Row row = agenda.row();
            Table.number(row, 0, n++, styles.text);
            Table.text(row, 1, item.id(), styles.text);
            Table.text(row, 2, item.severity().name(), styles.severity(item.severity()));
            Table.text(row, 3, item.title() + ": " + known.question(), styles.text);
            Table.text(row, 4, whoAnsweredWhat(team.respondents(), item.answers()), styles.text);
            Table.text(
                    row,
                    5,
                    item.combined().name() + " (" + item.how() + ")",
                    TeamAnswersSheet.answerStyle(styles, item.combined()));
            Table.text(row, 6, finding.status().name(), styles.status(finding.status()));
            Table.text(row, 7, known.why(), styles.text);
        }
        if (team.agenda().isEmpty()) {
            agenda.textRow(null, "The respondents who know an item's answer gave the same answer to every item.");
        }
        int factsAt = agenda.lastRow() + 2;
        agenda.finish(WIDTHS);
        Table.text(sheet.createRow(factsAt), 1, FACTS, styles.title);
        Table facts = Table.at(sheet, styles, factsAt + 1, "#", "Fact", "", "Who said what", "In the assessment");
        int f = 1;
        for (FactDisagreement fact : team.factDisagreements()) {
            facts.textRow(
                    String.valueOf(f++),
                    fact.path(),
                    null,
                    fact.said().stream()
                            .map(s -> s.respondent() + ": " + (s.value() == null ? "(not stated)" : s.value()))
                            .collect(Collectors.joining("\n")),
                    fact.path().startsWith("waivers.")
                            ? "no waiver applies until the team agrees on one"
                            : "treated as unknown until the team agrees on it");
        }
        if (team.factDisagreements().isEmpty()) {
            facts.textRow(null, "none: the respondents who state a fact state it alike");
        }
        facts.fitRows(WIDTHS);
    }

    /** One line per respondent who answered: "Dana Ruiz (LEADERSHIP): YES: note". */
    private static String whoAnsweredWhat(List<TeamMember> respondents, List<RespondentAnswer> answers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < respondents.size(); i++) {
            RespondentAnswer a = answers.get(i);
            if (a.answer() == null && a.note() == null) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n")
                    .append(respondents.get(i).label())
                    .append(": ")
                    .append(a.answer() == null ? "no answer" : a.answer().name())
                    .append(a.note() == null ? "" : " - " + a.note());
        }
        return text.toString();
    }
}
