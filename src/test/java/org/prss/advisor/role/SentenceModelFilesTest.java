package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sentence model read from the files the build unpacks gives the vectors of the model inside its package. */
class SentenceModelFilesTest {

    @Test
    void theUnpackedFilesGiveExactlyThePackagedModelsVectors() {
        assertNotNull(SentenceEmbedder.unpacked(), "the build unpacks the model beside the classes");
        EmbeddingModel files = SentenceEmbedder.load();
        assertEquals(OnnxEmbeddingModel.class, files.getClass());
        EmbeddingModel packaged = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
        for (String line : List.of(
                "Help participants find housing",
                "Report curfew violations to the judge",
                "Accompany participants to their breath tests when they ask")) {
            assertArrayEquals(
                    packaged.embed(line).content().vector(),
                    files.embed(line).content().vector(),
                    line);
        }
    }
}
