package org.prss.advisor.role;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.chunker.ChunkerFactory;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;

/**
 * OpenNLP's English 1.5 models (tokenizer, part-of-speech tagger, chunker) repacked at build time into arrays that
 * load in under half the time (the tagger: 0.46 s against 0.99 s on a cold JVM). OpenNLP's own reader parses each
 * maximum-entropy model's outcome patterns from text and reads its weights one by one through an inflating stream
 * (the tagger's 48,635 patterns and 643,469 weights). A pack holds the same weights, predicates and outcomes, and the
 * tagger's tag dictionary, so a model built from it gives exactly the original's tokens, tags and chunks (a test
 * compares them on every labelled line). Made by {@link #main} in the build (pom.xml, process-classes), never
 * committed; where no pack is on the class path, the original file is read.
 */
public final class ModelPack {

    /** Where the packs are, on the class path. */
    private static final String FOLDER = "/knowledge/precompiled/";

    private static final int FORMAT = 1;

    /**
     * The version the 1.5 models state: OpenNLP 2 chooses each tool's feature generation by it, so a model built from
     * a pack must state it too.
     */
    private static final Map<String, String> MANIFEST = Map.of("OpenNLP-Version", "1.5.0");

    /** The three models: each one's original file, the pack's name and the artifact holding its weights. */
    enum Kind {
        TOKENS("/en-token.bin", "en-token.pack", "token.model"),
        TAGS("/en-pos-maxent.bin", "en-pos.pack", "pos.model"),
        CHUNKS("/en-chunker.bin", "en-chunker.pack", "chunker.model");

        final String original;
        final String pack;
        final String weights;

        Kind(String original, String pack, String weights) {
            this.original = original;
            this.pack = pack;
            this.weights = weights;
        }
    }

    private ModelPack() {}

    /** Writes the packs of the original models on the class path into the folder given. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        for (Kind kind : Kind.values()) {
            try (InputStream in = resource(kind.original);
                    OutputStream file = Files.newOutputStream(folder.resolve(kind.pack))) {
                write(kind, original(kind, in), file);
            }
        }
    }

    /** The model OpenNLP reads from the original file. */
    static BaseModel original(Kind kind, InputStream in) throws IOException {
        return switch (kind) {
            case TOKENS -> new TokenizerModel(in);
            case TAGS -> new POSModel(in);
            case CHUNKS -> new ChunkerModel(in);
        };
    }

    /** Writes a model's weights, and the tagger's tag dictionary. */
    @SuppressWarnings("unchecked")
    static void write(Kind kind, BaseModel model, OutputStream to) throws IOException {
        AbstractModel maxent = model.getArtifact(kind.weights);
        Object[] parts = maxent.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        Map<List<Integer>, Integer> patterns = new LinkedHashMap<>();
        List<Integer> patternOf = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (Context c : predicates.values()) {
            List<Integer> pattern = Arrays.stream(c.getOutcomes()).boxed().toList();
            patternOf.add(patterns.computeIfAbsent(pattern, p -> patterns.size()));
            weights.add(c.getParameters());
        }
        POSDictionary dictionary = kind == Kind.TAGS
                ? (POSDictionary) ((POSModel) model).getFactory().getTagDictionary()
                : new POSDictionary();
        StringBuilder entries = new StringBuilder();
        int words = 0;
        for (String word : dictionary) {
            entries.append(word)
                    .append('\t')
                    .append(String.join(" ", dictionary.getTags(word)))
                    .append('\n');
            words++;
        }
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(to));
        data.writeInt(FORMAT);
        data.writeInt(outcomes.length);
        for (String o : outcomes) {
            data.writeUTF(o);
        }
        data.writeInt(patterns.size());
        for (List<Integer> p : patterns.keySet()) {
            data.writeShort(p.size());
            for (int outcome : p) {
                data.writeShort(outcome);
            }
        }
        data.writeInt(predicates.size());
        blob(data, String.join("\n", predicates.keySet()));
        for (int p : patternOf) {
            data.writeInt(p);
        }
        data.writeInt(weights.stream().mapToInt(w -> w.length).sum());
        for (double[] w : weights) {
            for (double x : w) {
                data.writeDouble(x);
            }
        }
        data.writeBoolean(dictionary.isCaseSensitive());
        data.writeInt(words);
        blob(data, entries.toString());
        data.flush();
    }

    private static void blob(DataOutputStream data, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        data.writeInt(bytes.length);
        data.write(bytes);
    }

    /** The model of this kind: from its pack, or from OpenNLP's file where the build made no pack. */
    static BaseModel model(Kind kind) throws IOException {
        BaseModel packed = packed(kind);
        if (packed != null) {
            return packed;
        }
        try (InputStream in = resource(kind.original)) {
            return original(kind, in);
        }
    }

    /** A model file on the class path. */
    static InputStream resource(String name) {
        InputStream in = ModelPack.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the model " + name + " is not on the class path"));
        }
        return in;
    }

    /** The model of this kind from its pack on the class path, or null when the build made none. */
    static BaseModel packed(Kind kind) {
        try (InputStream in = ModelPack.class.getResourceAsStream(FOLDER + kind.pack)) {
            return in == null ? null : read(kind, ByteBuffer.wrap(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("the packed model " + kind.pack + " could not be read", e);
        }
    }

    static BaseModel read(Kind kind, ByteBuffer b) throws IOException {
        if (b.getInt() != FORMAT) {
            throw new IOException("the packed model " + kind.pack + " is of another format; rebuild the advisor");
        }
        String[] outcomes = new String[b.getInt()];
        for (int i = 0; i < outcomes.length; i++) {
            byte[] s = new byte[b.getShort() & 0xffff];
            b.get(s);
            outcomes[i] = new String(s, StandardCharsets.UTF_8);
        }
        int[][] patterns = new int[b.getInt()][];
        for (int i = 0; i < patterns.length; i++) {
            int[] p = new int[b.getShort()];
            for (int j = 0; j < p.length; j++) {
                p[j] = b.getShort();
            }
            patterns[i] = p;
        }
        String[] predicates = lines(b, b.getInt());
        int[] patternOf = new int[predicates.length];
        b.asIntBuffer().get(patternOf);
        b.position(b.position() + 4 * patternOf.length);
        double[] weights = new double[b.getInt()];
        b.asDoubleBuffer().get(weights);
        b.position(b.position() + 8 * weights.length);
        Context[] contexts = new Context[predicates.length];
        for (int i = 0, at = 0; i < contexts.length; i++) {
            int[] p = patterns[patternOf[i]];
            contexts[i] = new Context(p, Arrays.copyOfRange(weights, at, at + p.length));
            at += p.length;
        }
        POSDictionary dictionary = new POSDictionary(b.get() != 0);
        for (String entry : lines(b, b.getInt())) {
            int tab = entry.indexOf('\t');
            dictionary.put(entry.substring(0, tab), entry.substring(tab + 1).split(" "));
        }
        GISModel maxent = new GISModel(contexts, predicates, outcomes);
        return switch (kind) {
            case TOKENS ->
                new TokenizerModel(
                        maxent,
                        withEntry(MANIFEST, "useAlphaNumericOptimization", "true"),
                        new TokenizerFactory("en", null, true, null));
            case TAGS -> new POSModel("en", maxent, MANIFEST, new POSTaggerFactory(null, Map.of(), dictionary));
            case CHUNKS -> new ChunkerModel("en", maxent, MANIFEST, new ChunkerFactory());
        };
    }

    private static Map<String, String> withEntry(Map<String, String> manifest, String key, String value) {
        Map<String, String> out = new HashMap<>(manifest);
        out.put(key, value);
        return out;
    }

    /** The first {@code count} lines of a blob of text. */
    private static String[] lines(ByteBuffer b, int count) {
        byte[] bytes = new byte[b.getInt()];
        b.get(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] out = new String[count];
        for (int i = 0, from = 0; i < count; i++) {
            int to = text.indexOf('\n', from);
            out[i] = text.substring(from, to < 0 ? text.length() : to);
            from = to + 1;
        }
        return out;
    }
}
