package org.prss.advisor.report;

import java.util.HashMap;
import java.util.Map;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;

/**
 * Cell texts that depend only on the knowledge base (each item's sources, each worksheet activity's reasons and
 * sources), made once and shared by every workbook written with the same knowledge.
 */
final class KnowledgeTexts {

    private final Map<String, String> itemSources = new HashMap<>();
    private final Map<String, String> activityReasons = new HashMap<>();
    private final Map<String, String> activitySources = new HashMap<>();

    KnowledgeTexts(KnowledgeBase knowledge) {
        for (ChecklistItem item : knowledge.items()) {
            itemSources.put(item.id(), FindingsSheet.citations(item.citations()));
        }
        for (RoleActivity a : knowledge.roleWorksheet().activities()) {
            activityReasons.put(a.id(), RoleWorksheetSheet.reasons(a));
            activitySources.put(a.id(), RoleWorksheetSheet.sources(a));
        }
    }

    /** An item's citations, one per line. */
    String itemSources(String itemId) {
        return itemSources.get(itemId);
    }

    String activityReasons(String activityId) {
        return activityReasons.get(activityId);
    }

    String activitySources(String activityId) {
        return activitySources.get(activityId);
    }
}
