package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A duty part that is not a duty (a reporting line, a qualification, working conditions, "other duties as assigned"):
 * the role rules list it apart instead of judging it.
 *
 * @param why what showed it: the shape of the line, or the line listed as not a duty it resembles
 */
public record NotADuty(@JsonIgnore int duty, @JsonIgnore int part, String why) implements PartFact {

    @Override
    public NotADuty at(int duty, int part) {
        return new NotADuty(duty, part, why);
    }

    /** A part nearer to a line the corpus lists as not a duty than to any duty. */
    public static NotADuty resembling(NonDutyResemblance example) {
        return new NotADuty(0, 0, "it " + example.describe());
    }

    /** A part whose frame or shape says it is not a duty (the rules name the shape). */
    public static NotADuty shaped(PartShape shape, String why) {
        return new NotADuty(shape.duty(), shape.part(), why);
    }
}
