package org.prss.advisor.role;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a sentence into a vector whose direction carries its meaning: all-MiniLM-L6-v2 (quantized), a small
 * pretrained sentence-embedding model that ships inside its Maven package and runs offline on the CPU. The model
 * is loaded the first time a sentence is embedded, once per process, so work without duties never pays for it.
 * Vectors are scaled to length 1, so their dot product is the cosine similarity.
 */
public final class SentenceEmbedder {

    /** Lengths of the vectors the model gives. */
    public static final int DIMENSION = 384;

    private static final class Model {
        // Runs in the calling thread: the same text gives the same vector whatever else is running.
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    /** How many sentences' vectors are kept (about 1.6 KB each). */
    private static final int KEPT = 4096;

    private static final Map<String, float[]> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > KEPT;
        }
    };

    private SentenceEmbedder() {}

    /** A sentence's vector; the vectors of recently seen sentences are kept, since job descriptions repeat. */
    public static float[] embed(String text) {
        synchronized (RECENT) {
            float[] known = RECENT.get(text);
            if (known != null) {
                return known;
            }
        }
        float[] vector = unit(Model.INSTANCE.embed(text).content().vector());
        synchronized (RECENT) {
            RECENT.put(text, vector);
        }
        return vector;
    }

    public static List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        Model.INSTANCE.embedAll(segments).content().forEach(e -> vectors.add(unit(e.vector())));
        return vectors;
    }

    /** Cosine similarity of two unit vectors. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
