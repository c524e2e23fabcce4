package org.prss.advisor.bench;

/** One benchmark figure against its target; a figure given for reference has no target. */
public record Measurement(String what, String result, String target, boolean met) {

    static Measurement reference(String what, String result) {
        return new Measurement(what, result, null, true);
    }

    String verdict() {
        return target == null ? "for reference" : target + (met ? " (met)" : " (NOT MET)");
    }
}
