package org.prss.advisor.knowledge;

import java.util.List;

/** A domain of the knowledge base (readiness, role, staffing, ethics ...) with its groups and items in order. */
/**
 * A checklist: its items in the source's order and groups.
 *
 * @param sheet  the workbook sheet name for the checklist (Excel allows 31 characters)
 * @param scored false for a self-assessment whose findings are listed but count toward no score, verdict or plan
 */
public record Domain(String id, String name, String sheet, boolean scored, List<Group> groups, List<ChecklistItem> items) {

    /** Excel's limit on sheet names. */
    public static final int MAX_SHEET_NAME = 31;

    /** A heading inside a domain, as the source document groups its items. */
    public record Group(String id, String name) {
    }
}
