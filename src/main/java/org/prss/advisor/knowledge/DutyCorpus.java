package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The labelled duty lines (checklists/duty-corpus.yaml), the duty kinds they may be labelled with, and the lines of
 * postings that are not duties at all.
 *
 * @param contentHash SHA-256 of the corpus file as read, which keys its precomputed sentence embeddings
 */
public record DutyCorpus(
        List<CorpusKind> kinds, List<CorpusLine> lines, List<NonDutyLine> nonDuties, String contentHash) {

    public static final DutyCorpus EMPTY = new DutyCorpus(List.of(), List.of(), List.of(), "");

    public DutyCorpus {
        kinds = List.copyOf(kinds);
        lines = List.copyOf(lines);
        nonDuties = List.copyOf(nonDuties);
    }

    public Optional<CorpusKind> kind(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }
}
