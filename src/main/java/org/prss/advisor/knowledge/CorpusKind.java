package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * A kind of duty the worksheet does not list (such as the peer's own supervision and training), with the verdict
 * its lines get and, when CONDITIONAL, the condition in the sources' terms.
 */
public record CorpusKind(
        String id,
        String name,
        CorpusVerdict verdict,
        String condition,
        List<Citation> citations,
        String file,
        int line) {

    public CorpusKind {
        citations = List.copyOf(citations);
    }
}
