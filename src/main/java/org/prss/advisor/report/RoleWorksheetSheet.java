package org.prss.advisor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleWorksheet;
import org.prss.advisor.knowledge.WorksheetAnswer;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Status;
import org.prss.advisor.role.ActivityMatch;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * The toolkit's role worksheet with the advisor's answers to its three questions, and which of the program's
 * proposed duties fall under each activity (listed by id or matched by words), marked with the most restrictive
 * verdict the role rules gave them: keep out in red, conditional in amber.
 */
final class RoleWorksheetSheet {

    static final String NAME = "Role Worksheet";

    private RoleWorksheetSheet() {}

    static void write(
            Sheet sheet, Styles styles, RoleWorksheet worksheet, List<DutyReview> duties, KnowledgeTexts texts) {
        Table table = Table.on(
                sheet,
                styles,
                "Category",
                "ID",
                "Activity",
                "Part of the peer's role?",
                "Conflicts with peer values, principles or ethics?",
                "Another staff member better suited?",
                "In your role?",
                "Why",
                "Sources");
        Map<String, List<DutyReview>> inRole = new LinkedHashMap<>();
        for (DutyReview d : duties) {
            for (ActivityMatch m : d.activities()) {
                inRole.computeIfAbsent(m.activity().id(), k -> new ArrayList<>())
                        .add(d);
            }
        }
        for (RoleActivity a : worksheet.activities()) {
            Row row = table.textRow(
                    a.categoryName(),
                    a.id(),
                    a.activity(),
                    null,
                    null,
                    null,
                    null,
                    texts.activityReasons(a.id()),
                    texts.activitySources(a.id()));
            answer(row, 3, a.partOfRole(), styles, a.partOfRole().answer() == WorksheetAnswer.Value.NO);
            answer(
                    row,
                    4,
                    a.conflictsWithValues(),
                    styles,
                    a.conflictsWithValues().answer() == WorksheetAnswer.Value.YES);
            answer(row, 5, a.anotherRoleBetter(), styles, a.anotherRoleBetter().answer() == WorksheetAnswer.Value.YES);
            List<DutyReview> under = inRole.get(a.id());
            if (under != null) {
                // The most restrictive verdict the rules gave a duty under this activity.
                DutyFit fit = under.stream()
                        .map(d -> d.verdict().fit())
                        .max(Comparator.comparingInt(RoleWorksheetSheet::restriction))
                        .orElseThrow();
                Table.text(
                        row,
                        6,
                        ProposedDutiesSheet.label(fit) + ": "
                                + under.stream().map(d -> d.duty().origin()).collect(Collectors.joining(", ")),
                        ProposedDutiesSheet.style(styles, fit));
            }
        }
        table.finish(22, 28, 40, 26, 26, 30, 20, 80, 50);
    }

    /** How far a verdict keeps a duty from the role; a duty that matched an activity is never left for review. */
    private static int restriction(DutyFit fit) {
        return switch (fit) {
            case FITS_ROLE, NEEDS_REVIEW, NOT_A_DUTY -> 0;
            case CONDITIONAL -> 1;
            case KEEP_OUT -> 2;
        };
    }

    private static void answer(Row row, int column, WorksheetAnswer answer, Styles styles, boolean warning) {
        CellStyle style = warning
                ? styles.status(Status.GAP)
                : answer.answer() == WorksheetAnswer.Value.CONDITIONAL ? styles.status(Status.PARTIAL) : styles.text;
        Table.text(row, column, answer.describe(), style);
    }

    static String reasons(RoleActivity a) {
        return "Part of role: " + a.partOfRole().rationale() + "\nValues: "
                + a.conflictsWithValues().rationale() + "\nOther staff: "
                + a.anotherRoleBetter().rationale();
    }

    static String sources(RoleActivity a) {
        Set<Citation> all = new LinkedHashSet<>();
        all.add(a.worksheet());
        List<WorksheetAnswer> answers = List.of(a.partOfRole(), a.conflictsWithValues(), a.anotherRoleBetter());
        answers.forEach(x -> all.addAll(x.citations()));
        List<String> lines = new ArrayList<>(
                FindingsSheet.citations(List.copyOf(all)).lines().toList());
        if (answers.stream().anyMatch(WorksheetAnswer::unsettled)) {
            lines.add("Not settled by the sources for at least one question; see Why.");
        }
        return String.join("\n", lines);
    }
}
