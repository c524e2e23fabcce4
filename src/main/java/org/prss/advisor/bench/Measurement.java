package org.prss.advisor.bench;

/** One benchmark figure against its target. */
public record Measurement(String what, String result, String target, boolean met) {
}
