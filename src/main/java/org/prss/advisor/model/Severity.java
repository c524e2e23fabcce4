package org.prss.advisor.model;

/** How much an item matters, from most to least. */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO;

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** One step less severe, stopping at LOW. */
    public Severity lower() {
        return this == CRITICAL ? HIGH : this == HIGH ? MEDIUM : this == MEDIUM ? LOW : this;
    }
}
