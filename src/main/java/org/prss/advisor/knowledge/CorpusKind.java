package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * A kind of duty the worksheet does not list (such as the peer's own supervision and training), with the verdict
 * its lines get and, when CONDITIONAL, the condition in the sources' terms. Where the sources answer differently by
 * setting, {@code bySetting} gives the verdict in the settings it names; {@link #verdict()} is the default, which
 * also governs when the setting is unknown.
 */
public record CorpusKind(
        String id,
        String name,
        CorpusVerdict verdict,
        String condition,
        List<Citation> citations,
        List<SettingVerdict> bySetting,
        String file,
        int line) {

    public CorpusKind {
        citations = List.copyOf(citations);
        bySetting = bySetting == null ? List.of() : List.copyOf(bySetting);
    }

    /** A kind without per-setting verdicts. */
    public CorpusKind(
            String id,
            String name,
            CorpusVerdict verdict,
            String condition,
            List<Citation> citations,
            String file,
            int line) {
        this(id, name, verdict, condition, citations, List.of(), file, line);
    }

    /** The verdict the kind's lines get as duties in the setting; the default verdict when the setting is null. */
    public CorpusVerdict verdictIn(Setting setting) {
        SettingVerdict in = in(setting);
        return in == null ? verdict : in.verdict();
    }

    /** The condition of the kind's verdict in the setting (null when that verdict is not CONDITIONAL). */
    public String conditionIn(Setting setting) {
        SettingVerdict in = in(setting);
        return in == null ? condition : in.condition();
    }

    /** True when the kind's verdict in some setting differs from its default. */
    public boolean variesBySetting() {
        return bySetting.stream().anyMatch(s -> s.verdict() != verdict);
    }

    /** The kind as a duty in one setting: its verdict, condition and sources there are the default. */
    public CorpusKind inSetting(Setting setting) {
        SettingVerdict in = in(setting);
        if (in == null) {
            return this;
        }
        return new CorpusKind(id, name, in.verdict(), in.condition(), in.citations(), List.of(), file, line);
    }

    private SettingVerdict in(Setting setting) {
        return SettingVerdict.in(bySetting, setting);
    }
}
