package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * A verdict that holds in some settings only, where the sources answer differently by setting: the settings, the
 * verdict there, its condition when CONDITIONAL, why it governs there (null when not stated), and its sources.
 */
public record SettingVerdict(
        List<Setting> settings, CorpusVerdict verdict, String condition, String governs, List<Citation> citations) {

    public SettingVerdict {
        settings = List.copyOf(settings);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The verdict of the list that names the setting, or null (none does, or the setting is not known). */
    public static SettingVerdict in(List<SettingVerdict> verdicts, Setting setting) {
        if (setting == null) {
            return null;
        }
        return verdicts.stream()
                .filter(s -> s.settings().contains(setting))
                .findFirst()
                .orElse(null);
    }
}
