package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.NonDutyLine;

/**
 * The labelled duty lines with their sentence embeddings, searched for the lines nearest to a duty. The embeddings
 * are made when first needed: read from the build's precomputed file when it was made from this very corpus, else
 * computed from the lines. An index can leave lines out (cross-validation judges a line without its own label).
 */
public final class ExampleIndex {

    /** Embeddings of every line of one corpus, made once and shared by the indexes over it. */
    private static final class Vectors {
        private final DutyCorpus corpus;
        private List<float[]> vectors;

        Vectors(DutyCorpus corpus) {
            this.corpus = corpus;
        }

        synchronized List<float[]> get() {
            if (vectors == null) {
                vectors = CorpusVectors.packaged(corpus)
                        .orElseGet(() -> SentenceEmbedder.embedAll(CorpusVectors.texts(corpus)));
            }
            return vectors;
        }
    }

    private final DutyCorpus corpus;
    private final Vectors vectors;
    private final Set<Integer> left;
    private final Set<Integer> leftNonDuties;

    private ExampleIndex(DutyCorpus corpus, Vectors vectors, Set<Integer> left, Set<Integer> leftNonDuties) {
        this.corpus = corpus;
        this.vectors = vectors;
        this.left = Set.copyOf(left);
        this.leftNonDuties = Set.copyOf(leftNonDuties);
    }

    public static ExampleIndex of(DutyCorpus corpus) {
        return new ExampleIndex(corpus, new Vectors(corpus), Set.of(), Set.of());
    }

    /** The same lines and embeddings, less the lines with these indexes. */
    public ExampleIndex excluding(Set<Integer> indexes) {
        return new ExampleIndex(corpus, vectors, indexes, Set.of());
    }

    /** The same lines and embeddings, less the lines and the non-duty lines with these indexes. */
    public ExampleIndex excluding(Set<Integer> indexes, Set<Integer> nonDutyIndexes) {
        return new ExampleIndex(corpus, vectors, indexes, nonDutyIndexes);
    }

    /** The line listed as not a duty that is nearest to the vector, with its similarity, if the corpus lists any. */
    public Optional<NonDutyResemblance> nearestNonDuty(float[] vector) {
        List<float[]> all = vectors.get();
        NonDutyResemblance best = null;
        for (NonDutyLine line : corpus.nonDuties()) {
            if (leftNonDuties.contains(line.index())) {
                continue;
            }
            double similarity =
                    SentenceEmbedder.similarity(vector, all.get(corpus.lines().size() + line.index()));
            if (best == null || similarity > best.similarity()) {
                best = new NonDutyResemblance(line, similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    public boolean isEmpty() {
        return corpus.lines().size() <= left.size();
    }

    public DutyCorpus corpus() {
        return corpus;
    }

    /** The embedding of a corpus line. */
    public float[] vector(CorpusLine line) {
        return vectors.get().get(line.index());
    }

    /** The {@code k} lines nearest to the vector, nearest first; ties in corpus order. */
    public List<Resemblance> nearest(float[] vector, int k) {
        return nearest(vector, k, r -> true);
    }

    /** The {@code k} lines nearest to the vector that the filter keeps, nearest first; ties in corpus order. */
    public List<Resemblance> nearest(float[] vector, int k, java.util.function.Predicate<Resemblance> keep) {
        List<float[]> all = vectors.get();
        // The k best so far, nearest first: a line enters only when strictly nearer than the last of them, so of
        // equally near lines the earlier in the corpus stays ahead.
        List<Resemblance> best = new ArrayList<>(k + 1);
        for (CorpusLine line : corpus.lines()) {
            double similarity = SentenceEmbedder.similarity(vector, all.get(line.index()));
            if (k == 0
                    || best.size() == k && similarity <= best.get(k - 1).similarity()
                    || left.contains(line.index())) {
                continue;
            }
            Resemblance r = new Resemblance(line, similarity);
            if (keep.test(r)) {
                int at = best.size();
                while (at > 0 && best.get(at - 1).similarity() < similarity) {
                    at--;
                }
                best.add(at, r);
                if (best.size() > k) {
                    best.remove(k);
                }
            }
        }
        return List.copyOf(best);
    }
}
