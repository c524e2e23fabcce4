package org.prss.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import org.prss.advisor.model.Citation;

/**
 * A place where the advisor decides more than a source states: what the source says (in our words, cited), the
 * readings open to a reader, what each would decide, which one the advisor takes by default and why. Rules that rest
 * on it match the alternative chosen for an assessment, and the findings they decide name it, so an agency can tell
 * the source's advice from ours and choose another reading.
 *
 * @param source   what the sources say, paraphrased
 * @param fallback the id of the alternative the advisor takes unless the user chooses another
 */
public record DeclaredReading(
        String id,
        String title,
        String source,
        List<Citation> citations,
        @JsonProperty("default") String fallback,
        List<Alternative> alternatives,
        String why,
        String file,
        int line) {

    /** One way to read the source: what it reads and what the rules then decide. */
    public record Alternative(String id, String reads, String decides) {}

    public DeclaredReading {
        citations = List.copyOf(citations);
        alternatives = List.copyOf(alternatives);
    }

    public Optional<Alternative> alternative(String alternativeId) {
        return alternatives.stream().filter(a -> a.id().equals(alternativeId)).findFirst();
    }

    public List<String> alternativeIds() {
        return alternatives.stream().map(Alternative::id).toList();
    }
}
