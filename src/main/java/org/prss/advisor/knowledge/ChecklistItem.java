package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Severity;

/**
 * One assessable item of the knowledge base, in our own words, with the places in the sources that back it.
 *
 * @param settings       the settings it applies to; empty means every setting
 * @param factsLeaveOpen what the item asks that no fact in a description can show ("that HR or counsel has checked
 *     the rule against the ADA"): a finding met on the facts stays partly met until the agency answers YES; null when
 *     the facts can settle the whole item
 */
public record ChecklistItem(
        String id,
        String domain,
        String group,
        String groupName,
        String title,
        String question,
        String why,
        String recommendation,
        Severity severity,
        List<Setting> settings,
        List<Citation> citations,
        String factsLeaveOpen,
        String file,
        int line) {

    public ChecklistItem {
        settings = settings == null ? List.of() : List.copyOf(settings);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    public boolean appliesTo(Setting setting) {
        return setting == null || settings.isEmpty() || settings.contains(setting);
    }

    // Getters for the rule language, which reads bean properties.
    public String getId() {
        return id;
    }

    public String getDomain() {
        return domain;
    }

    public List<Setting> getSettings() {
        return settings;
    }

    public String getFactsLeaveOpen() {
        return factsLeaveOpen;
    }
}
