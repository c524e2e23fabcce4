package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.knowledge.DutyReading;
import org.prss.advisor.knowledge.SettingVerdict;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * A duty part's frame read one way (checklists/duty-frames.yaml), with the verdict that reading gets in the program's
 * setting. Where the sources differ by setting, the reading names the setting it was judged for, which source governs
 * there, and cites both.
 *
 * @param setting the program's setting, or null when the description does not state it
 */
public record FrameReading(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        @JsonIgnore DutyReading reading,
        @JsonIgnore DutyFrame frame,
        CorpusVerdict verdict,
        @JsonIgnore Setting setting) {

    /** The reading of a frame in a setting (null: not stated). */
    public static FrameReading of(DutyFrame frame, DutyReading reading, Setting setting) {
        SettingVerdict there = reading.in(setting);
        return new FrameReading(
                frame.duty(),
                frame.part(),
                reading,
                frame,
                there == null ? reading.verdict() : there.verdict(),
                setting);
    }

    @JsonProperty
    public String readingId() {
        return reading.id();
    }

    /** The frame as read: "provides [the Judge] with [updates] on [each participant's progress]". */
    @JsonProperty
    public String shown() {
        return frame.shown();
    }

    /** "Read as: tells a judge ... ('provides [the Judge] with ...')", and where the verdict depends on the setting. */
    public String describe() {
        return "Read as: the peer " + reading.says() + " ('" + frame.shown() + "')" + settingNote() + ".";
    }

    private String settingNote() {
        if (reading.bySetting().isEmpty()) {
            return "";
        }
        SettingVerdict there = reading.in(setting);
        if (there != null) {
            return "; in this setting (" + setting + ") " + there.verdict() + ", " + there.condition() + ": "
                    + withoutStop(there.governs());
        }
        List<String> others = new ArrayList<>();
        reading.bySetting().forEach(s -> others.add(s.verdict() + " in " + s.settings()));
        String where = setting == null
                ? "; the setting is not stated, so it is read for a treatment court, where the treatment-court"
                        + " guidelines govern ("
                : "; in this setting (" + setting + ") the reading's own verdict governs (";
        return where + reading.verdict() + "); the sources differ elsewhere: " + String.join("; ", others)
                + ", because " + withoutStop(reading.bySetting().get(0).governs());
    }

    private static String withoutStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** What to write instead, for a reading that rules the duty out or allows it only under a condition. */
    public String instead() {
        SettingVerdict there = reading.in(setting);
        if (there != null) {
            return there.verdict() == CorpusVerdict.FITS_ROLE ? null : "Allowed here " + there.condition() + ".";
        }
        return reading.instead();
    }

    /** The reading's sources, and where the verdict depends on the setting, both sides'. */
    public List<Citation> citations() {
        Set<Citation> all = new LinkedHashSet<>(reading.citations());
        reading.bySetting().forEach(s -> all.addAll(s.citations()));
        return List.copyOf(all);
    }
}
