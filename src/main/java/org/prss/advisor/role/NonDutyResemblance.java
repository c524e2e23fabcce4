package org.prss.advisor.role;

import java.util.Locale;
import org.prss.advisor.knowledge.NonDutyLine;

/** How alike a line is to one the corpus lists as not a duty (cosine similarity of their sentence embeddings). */
public record NonDutyResemblance(NonDutyLine line, double similarity) {

    /** "resembles 'Reports to the Program Director' (reporting line, similarity 0.83)". */
    public String describe() {
        return "resembles '" + line.text() + "' (" + line.reason() + ", similarity "
                + String.format(Locale.ROOT, "%.2f", similarity) + ")";
    }
}
