package org.prss.advisor.bench;

/**
 * One benchmark figure, with the floor or baseline measured in the same run and the ratio to it ({@code against}, empty
 * when there is none): against its target, or, when {@code judged} is false, reported beside the others with a note in
 * place of the target.
 */
public record Measurement(String what, String result, String against, String target, boolean met, boolean judged) {

    static Measurement against(String what, String result, String against, String target, boolean met) {
        return new Measurement(what, result, against, target, met, true);
    }

    static Measurement reported(String what, String result, String against, String note) {
        return new Measurement(what, result, against, note, true, false);
    }

    String verdict() {
        return judged ? target + (met ? " (met)" : " (NOT MET)") : target;
    }
}
