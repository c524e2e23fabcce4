package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * One way a duty's frame can be read (checklists/duty-frames.yaml): what it says the peer does, the verdict the
 * sources give it (in some settings another), the role signal it carries when it rules the duty out, what to write
 * instead, and where the sources say so. The role rules (rules/role-frames.drl) say which frames it fits.
 *
 * @param says      what the peer does, to be completed by the frame ("tells a judge, officer or team how a
 *                  participant is doing")
 * @param signal    the role signal a duty read so carries when the reading rules it out (the ROLE items count it), or
 *                  null
 * @param lookalike true when the reading shows that words which look like a ruled-out duty are not the peer's act
 *                  ("explains to participants how drug testing works"): phrase matches on those words are dropped
 * @param instead   for KEEP_OUT and CONDITIONAL: the rewording, or the role that should hold the duty
 * @param bySetting the settings where the verdict differs, each with its own verdict and why it governs there
 */
public record DutyReading(
        String id,
        String says,
        CorpusVerdict verdict,
        String condition,
        String signal,
        boolean lookalike,
        String instead,
        List<Citation> citations,
        List<SettingVerdict> bySetting,
        String file,
        int line) {

    public DutyReading {
        citations = List.copyOf(citations);
        bySetting = List.copyOf(bySetting);
    }

    /** The verdict for a setting in which its sources differ, or null when the reading's own verdict holds there. */
    public SettingVerdict in(Setting setting) {
        return SettingVerdict.in(bySetting, setting);
    }
}
