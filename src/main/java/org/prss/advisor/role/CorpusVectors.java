package org.prss.advisor.role;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeLoader;

/**
 * The packaged corpus's sentence embeddings, computed at build time so that a process does not embed ~500 lines at
 * every start. The file records the SHA-256 of the corpus file it was made from; an edited corpus (--checklists)
 * has another hash, so its lines are embedded when first needed instead.
 */
public final class CorpusVectors {

    static final String RESOURCE = "/knowledge/precompiled/duty-corpus.vectors";

    private CorpusVectors() {}

    /** Build step: {@code CorpusVectors CHECKLISTS_DIR OUT_DIR}; writes nothing when the checklists have no corpus. */
    public static void main(String[] args) throws IOException, KnowledgeException {
        Path checklists = Path.of(args[0]);
        Path rules = checklists.resolveSibling("rules");
        KnowledgeBase knowledge = KnowledgeLoader.load(KnowledgeFiles.load(rules, checklists));
        DutyCorpus corpus = knowledge.dutyCorpus();
        Path out = Files.createDirectories(Path.of(args[1])).resolve("duty-corpus.vectors");
        if (corpus.lines().isEmpty()) {
            Files.deleteIfExists(out);
            return;
        }
        List<float[]> vectors = SentenceEmbedder.embedAll(texts(corpus));
        try (OutputStream file = Files.newOutputStream(out)) {
            write(corpus.contentHash(), vectors, file);
        }
    }

    /** What is embedded: the labelled lines, then the lines the corpus lists as not duties. */
    static List<String> texts(DutyCorpus corpus) {
        List<String> texts =
                new ArrayList<>(corpus.lines().stream().map(CorpusLine::text).toList());
        corpus.nonDuties().forEach(n -> texts.add(n.text()));
        return texts;
    }

    static void write(String hash, List<float[]> vectors, OutputStream to) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(to));
        data.writeUTF(hash);
        data.writeInt(vectors.size());
        data.writeInt(SentenceEmbedder.DIMENSION);
        for (float[] v : vectors) {
            for (float x : v) {
                data.writeFloat(x);
            }
        }
        data.flush();
    }

    /** The precomputed embeddings, when the build made them from exactly this corpus. */
    static Optional<List<float[]>> packaged(DutyCorpus corpus) {
        try (InputStream in = CorpusVectors.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            DataInputStream data = new DataInputStream(new BufferedInputStream(in));
            if (!data.readUTF().equals(corpus.contentHash())) {
                return Optional.empty();
            }
            int count = data.readInt();
            int dimension = data.readInt();
            if (count != corpus.lines().size() + corpus.nonDuties().size() || dimension != SentenceEmbedder.DIMENSION) {
                return Optional.empty();
            }
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                float[] v = new float[dimension];
                for (int j = 0; j < dimension; j++) {
                    v[j] = data.readFloat();
                }
                vectors.add(v);
            }
            return Optional.of(vectors);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
