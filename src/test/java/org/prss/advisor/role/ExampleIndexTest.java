package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.DutyCorpus;

/** The nearest labelled lines are the first of all lines sorted by similarity, ties in corpus order. */
class ExampleIndexTest {

    private static final DutyCorpus CORPUS = TestAdvisor.get().knowledge().dutyCorpus();
    private static final ExampleIndex INDEX = ExampleIndex.of(CORPUS);

    @Test
    void theNearestAreTheFirstOfEveryLineSortedBySimilarity() {
        for (int probe : List.of(0, 17, 250, CORPUS.lines().size() - 1)) {
            float[] vector = INDEX.vector(CORPUS.lines().get(probe));
            assertEquals(sorted(vector, r -> true, 5), INDEX.nearest(vector, 5));
            Predicate<Resemblance> notItsLabel =
                    r -> !r.example().label().equals(CORPUS.lines().get(probe).label());
            assertEquals(sorted(vector, notItsLabel, 3), INDEX.nearest(vector, 3, notItsLabel));
        }
    }

    @Test
    void linesLeftOutAreNeverNearest() {
        CorpusLine line = CORPUS.lines().get(40);
        List<Resemblance> nearest = INDEX.excluding(java.util.Set.of(40)).nearest(INDEX.vector(line), 3);
        assertEquals(3, nearest.size());
        nearest.forEach(r -> assertEquals(false, r.example().index() == 40));
    }

    private static List<Resemblance> sorted(float[] vector, Predicate<Resemblance> keep, int k) {
        return CORPUS.lines().stream()
                .map(l -> new Resemblance(l, SentenceEmbedder.similarity(vector, INDEX.vector(l))))
                .filter(keep)
                .sorted(Comparator.comparingDouble(Resemblance::similarity)
                        .reversed()
                        .thenComparingInt(r -> r.example().index()))
                .limit(k)
                .toList();
    }
}
