package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.CorpusLine;

/** The build-time packs of OpenNLP's models read every labelled line exactly as the original files do. */
class ModelPackTest {

    private static BaseModel original(ModelPack.Kind kind) throws IOException {
        try (InputStream in = ModelPack.resource(kind.original)) {
            return ModelPack.original(kind, in);
        }
    }

    private static BaseModel packed(ModelPack.Kind kind) {
        BaseModel model = ModelPack.packed(kind);
        assertNotNull(model, "the build packs " + kind.pack + " (pom.xml, pack-chunking-models)");
        return model;
    }

    @Test
    void thePacksOnTheClassPathReadEveryLabelledLineAsTheOriginalModels() throws Exception {
        TokenizerME theirTokens = new TokenizerME((TokenizerModel) original(ModelPack.Kind.TOKENS));
        TokenizerME ourTokens = new TokenizerME((TokenizerModel) packed(ModelPack.Kind.TOKENS));
        POSTaggerME theirTags = new POSTaggerME((POSModel) original(ModelPack.Kind.TAGS), POSTagFormat.PENN);
        POSTaggerME ourTags = new POSTaggerME((POSModel) packed(ModelPack.Kind.TAGS), POSTagFormat.PENN);
        ChunkerME theirChunks = new ChunkerME((ChunkerModel) original(ModelPack.Kind.CHUNKS));
        ChunkerME ourChunks = new ChunkerME((ChunkerModel) packed(ModelPack.Kind.CHUNKS));
        List<String> lines = new ArrayList<>(TestAdvisor.get().knowledge().dutyCorpus().lines().stream()
                .map(CorpusLine::text)
                .toList());
        TestAdvisor.get().knowledge().dutyCorpus().nonDuties().forEach(n -> lines.add(n.text()));
        int words = 0;
        for (String line : lines) {
            String[] tokens = theirTokens.tokenize("She " + line);
            assertArrayEquals(tokens, ourTokens.tokenize("She " + line), line);
            String[] tags = theirTags.tag(tokens);
            assertArrayEquals(tags, ourTags.tag(tokens), line);
            assertArrayEquals(theirChunks.chunk(tokens, tags), ourChunks.chunk(tokens, tags), line);
            words += tokens.length;
        }
        assertEquals(772, lines.size());
        assertEquals(true, words > 9_000, "words read: " + words);
    }

    @Test
    void aPackWrittenAndReadAgainKeepsTheTagDictionary() throws Exception {
        POSModel model = (POSModel) original(ModelPack.Kind.TAGS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelPack.write(ModelPack.Kind.TAGS, model, out);
        POSModel read = (POSModel) ModelPack.read(ModelPack.Kind.TAGS, ByteBuffer.wrap(out.toByteArray()));
        assertArrayEquals(
                model.getFactory().getTagDictionary().getTags("report"),
                read.getFactory().getTagDictionary().getTags("report"));
    }

    @Test
    void aPackOfAnotherFormatIsRefusedWithWhatToDo() {
        IOException e = assertThrows(
                IOException.class,
                () -> ModelPack.read(ModelPack.Kind.CHUNKS, ByteBuffer.wrap(new byte[] {0, 0, 0, 9})));
        assertEquals("the packed model en-chunker.pack is of another format; rebuild the advisor", e.getMessage());
    }
}
