package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The labelled duty lines (checklists/duty-corpus.yaml) and the duty kinds they may be labelled with.
 *
 * @param contentHash SHA-256 of the corpus file as read, which keys its precomputed sentence embeddings
 */
public record DutyCorpus(List<CorpusKind> kinds, List<CorpusLine> lines, String contentHash) {

    public static final DutyCorpus EMPTY = new DutyCorpus(List.of(), List.of(), "");

    public DutyCorpus {
        kinds = List.copyOf(kinds);
        lines = List.copyOf(lines);
    }

    public Optional<CorpusKind> kind(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
