package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;

/** The build's executable-model rules are used for exactly the rule files they were built from, and never otherwise. */
class PrecompiledRulesTest {

    @Test
    void thePackagedRulesLoadPrecompiled() throws Exception {
        List<KnowledgeFile> rules = KnowledgeFiles.load(null, null).stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES))
                .toList();
        assertTrue(PrecompiledRules.load(rules).isPresent(), "the build wrote target/classes/knowledge/precompiled");
    }

    @Test
    void anEditedRuleFileIsNotServedByStalePrecompiledRules() throws Exception {
        List<KnowledgeFile> rules = new ArrayList<>(KnowledgeFiles.load(null, null).stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES))
                .toList());
        KnowledgeFile first = rules.get(0);
        rules.set(
                0,
                new KnowledgeFile(
                        first.folder(),
                        first.name(),
                        first.displayPath(),
                        (new String(first.content(), StandardCharsets.UTF_8) + "\n// edited\n")
                                .getBytes(StandardCharsets.UTF_8)));
        assertTrue(PrecompiledRules.load(rules).isEmpty());
    }
}
