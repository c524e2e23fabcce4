package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.model.Citation;

/** A labelled line of the duty corpus that a duty resembles, and how closely (cosine similarity, 0 to 1). */
public record Resemblance(@JsonIgnore CorpusLine example, double similarity) {

    @JsonProperty
    public String text() {
        return example.text();
    }

    @JsonProperty
    public String label() {
        return example.label();
    }

    @JsonProperty
    public String verdict() {
        return example.verdict().name();
    }

    /** "resembles 'Drive clients to court' (ROLE-ACT-DRIVE-PARTICIPANTS, CONDITIONAL, similarity 0.84; LAPPA ...)". */
    public String describe() {
        Citation c = example.citations().get(0);
        return "resembles '" + example.text() + "' (" + example.label() + ", " + example.verdict()
                + (example.conditionStated() ? " with its condition stated" : "") + ", similarity " + similarityText()
                + "; " + c.text() + ")";
    }

    /** "0.84". */
    public String similarityText() {
        return String.format(Locale.ROOT, "%.2f", similarity);
    }
}
