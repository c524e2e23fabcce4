package org.prss.advisor.knowledge;

import java.util.List;

/**
 * A domain of the knowledge base (readiness, role, staffing, ethics ...): a checklist, its items in the source's
 * order and groups.
 *
 * @param sheet  the workbook sheet name for the checklist (Excel allows 31 characters)
 * @param scored false for a self-assessment whose findings are listed but count toward no score, verdict or plan
 */
public record Domain(
        String id, String name, String sheet, boolean scored, List<Group> groups, List<ChecklistItem> items) {

    /** The domain whose items and rules a role review runs (checklists/role.yaml, rules/roles.drl). */
    public static final String ROLE = "ROLE";

    /** Excel's limit on sheet names. */
    public static final int MAX_SHEET_NAME = 31;

    /**
     * The sheets an assessment or role-review workbook has besides the domains' own; a domain's sheet may not take
     * one of these names (Excel compares sheet names without regard to case). The report tests hold the workbooks to
     * it.
     */
    public static final List<String> FIXED_SHEETS = List.of(
            "Summary",
            "Findings",
            "Team Answers",
            "Discussion Agenda",
            "Staffing Plan",
            "Evaluation Plan",
            "Proposed Duties",
            "Role Worksheet",
            "Personal Ethics Checklist",
            "Waivers",
            "Action Plan",
            "Readings",
            "Sources",
            "Input",
            "Assessment Data",
            "Role Review");

    /** A heading inside a domain, as the source document groups its items. */
    public record Group(String id, String name) {}
}
