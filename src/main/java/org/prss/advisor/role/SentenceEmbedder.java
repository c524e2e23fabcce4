package org.prss.advisor.role;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sentence into a vector whose direction carries its meaning: all-MiniLM-L6-v2 (quantized), a small
 * pretrained sentence-embedding model that ships inside its Maven package and runs offline on the CPU. The model
 * is loaded the first time a sentence is embedded (or ahead of that, see {@link #loadInBackground}), once per
 * process, so work without duties never pays for it.
 * Vectors are scaled to length 1, so their dot product is the cosine similarity.
 */
public final class SentenceEmbedder {

    /** The process's model as an {@link Embedder}, for a reader of duties. */
    public static final Embedder SHARED = SentenceEmbedder::embed;

    /** Lengths of the vectors the model gives. */
    public static final int DIMENSION = 384;

    /**
     * The model, made once. Whoever runs the task first loads it (a command that knows it will read duties starts it
     * on a thread of its own); everyone else waits for that one load. Embedding runs in the calling thread, so the
     * same text gives the same vector whatever else is running.
     */
    private static final LoadedOnce<EmbeddingModel> MODEL =
            new LoadedOnce<>("the sentence model", SentenceEmbedder::load);

    /** The model's two files, which the build unpacks beside the jar (pom.xml, unpack-sentence-model). */
    private static final String FOLDER = "sentence-model";

    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";

    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    /** The vectors of the 4,096 sentences last embedded (about 1.6 KB each), since job descriptions repeat. */
    private static final Recent<String, float[]> RECENT =
            new Recent<>(4096, text -> unit(model().embed(text).content().vector()));

    private SentenceEmbedder() {}

    /**
     * Starts loading the model on a background thread, for a command that will read duties: the load (most of a
     * second) then overlaps the rules' and checklists' loading instead of following it.
     */
    public static void loadInBackground() {
        MODEL.startInBackground("sentence-model");
    }

    /**
     * Waits until a load that {@link #loadInBackground} started has ended, however it ended; returns at once when none
     * was started. A command calls it before the process exits: ONNX Runtime closes its native environment in a
     * shutdown hook of its own, and a session being created at that moment crashes the whole JVM (a crash report in
     * the working folder, exit 134 instead of the command's own code). A command that refuses its input early so
     * waits for the rest of the load (at most about a second).
     */
    public static void awaitBackgroundLoad() {
        MODEL.awaitBackground();
    }

    /**
     * The model from the files the build unpacked beside the jar (or beside the compiled classes), which ONNX Runtime
     * reads itself; from inside its Maven package where they are not there. The same model either way (a test
     * compares the vectors); the files save reading and inflating its 23 MB through Java, about 0.4 s of a cold start.
     */
    static EmbeddingModel load() {
        Path folder = unpacked();
        if (folder != null) {
            return new OnnxEmbeddingModel(
                    folder.resolve(MODEL_FILE), folder.resolve(TOKENIZER_FILE), PoolingMode.MEAN, Runnable::run);
        }
        return new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
    }

    /** The folder holding the model's unpacked files beside the code, or null where there is none. */
    static Path unpacked() {
        try {
            Path code = Path.of(SentenceEmbedder.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path folder = code.resolveSibling(FOLDER);
            return Files.isRegularFile(folder.resolve(MODEL_FILE))
                            && Files.isRegularFile(folder.resolve(TOKENIZER_FILE))
                    ? folder
                    : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null; // code from somewhere that is not a file: the model inside its package
        }
    }

    /** The model, loaded now unless it is loaded or loading (then this waits for it). */
    private static EmbeddingModel model() {
        return MODEL.get();
    }

    /** A sentence's vector; the vectors of recently seen sentences are kept. */
    public static float[] embed(String text) {
        return RECENT.get(text);
    }

    public static List<float[]> embedAll(List<String> texts) {
        List<float[]> vectors = new ArrayList<>();
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        model().embedAll(segments).content().forEach(e -> vectors.add(unit(e.vector())));
        return vectors;
    }

    /** Cosine similarity of two unit vectors. */
    public static double similarity(float[] a, float[] b) {
        // Four running sums, so the processor adds them side by side (a duty is compared with every labelled line).
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
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
