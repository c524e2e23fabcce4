package org.prss.advisor.roleeval;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.role.ExampleIndex;
import org.prss.advisor.role.SentenceEmbedder;

/**
 * Groups the corpus's lines into paraphrases of one duty (same label, embeddings at least {@code paraphrase} alike,
 * joined transitively) and deals the groups to folds, so that cross-validation never judges a line with a paraphrase
 * of it among the examples: near-paraphrases in other folds overstate what happens on a real posting.
 */
final class Paraphrases {

    private Paraphrases() {}

    /** Each line's fold, by its index: groups in the order of their first line, dealt round the folds. */
    static int[] folds(ExampleIndex index, double paraphrase, int folds) {
        List<CorpusLine> lines = index.corpus().lines();
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<float[]> vectors = new ArrayList<>();
        lines.forEach(l -> vectors.add(index.vector(l)));
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(i).label().equals(lines.get(j).label())
                        && SentenceEmbedder.similarity(vectors.get(i), vectors.get(j)) >= paraphrase) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        TreeMap<Integer, Integer> groupFold = new TreeMap<>();
        int[] fold = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            int group = root(parent, i);
            Integer f = groupFold.get(group);
            if (f == null) {
                f = groupFold.size() % folds;
                groupFold.put(group, f);
            }
            fold[i] = f;
        }
        return fold;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
