package org.prss.advisor.bench;

/**
 * One benchmark figure: against its target, or, when {@code judged} is false, reported beside the others with a note
 * in place of the target.
 */
public record Measurement(String what, String result, String target, boolean met, boolean judged) {

    static Measurement against(String what, String result, String target, boolean met) {
        return new Measurement(what, result, target, met, true);
    }

    static Measurement reported(String what, String result, String note) {
        return new Measurement(what, result, note, true, false);
    }

    String verdict() {
        return judged ? target + (met ? " (met)" : " (NOT MET)") : target;
    }
}
