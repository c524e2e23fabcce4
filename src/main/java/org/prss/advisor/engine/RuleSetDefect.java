package org.prss.advisor.engine;

/** The rules broke one of the engine's guarantees (one outcome per item, no loops): a defect in the rule set. */
public class RuleSetDefect extends RuntimeException {
    public RuleSetDefect(String message) {
        super(message);
    }
}
