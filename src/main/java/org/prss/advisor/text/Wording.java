package org.prss.advisor.text;

import java.util.Locale;

/** What two pieces of free text are compared by: the same words, whatever their spacing or capitals. */
public final class Wording {

    private Wording() {}

    /** {@code "  Leads  Peer groups "} and {@code "leads peer groups"} read the same. */
    public static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
