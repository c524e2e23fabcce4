package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeLoader;
import org.prss.advisor.model.ProgramDescription;

/**
 * The build's executable-model rules, loaded from the class path, are used for exactly the rule files they were built
 * from, never otherwise, and decide every item as the DRL compiled at run time does.
 */
class PrecompiledRulesTest {

    @Test
    void theClassPathRulesGiveTheSameOutcomesAsTheCompiledDrl() throws Exception {
        List<KnowledgeFile> files = KnowledgeFiles.load(null, null);
        KnowledgeBase knowledge = KnowledgeLoader.load(files);
        RuleBase precompiled = RuleBase.packagedOrCompile(files);
        assertTrue(
                precompiled.kieBase().getClass().getName().contains("KnowledgeBase"),
                "a KieBase built from the model's classes");
        Evaluator fromClassPath = new Evaluator(knowledge, precompiled);
        Evaluator fromDrl = new Evaluator(knowledge, RuleBase.compile(files));
        Advisor advisor = TestAdvisor.get();
        int compared = 0;
        try (Stream<Path> samples = Files.list(Path.of("samples"))) {
            for (Path sample :
                    samples.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                ProgramDescription description = advisor.reader().read(sample).description();
                assertEquals(
                        outcomes(fromDrl.evaluate(description, TestAdvisor.AS_OF)),
                        outcomes(fromClassPath.evaluate(description, TestAdvisor.AS_OF)),
                        sample.toString());
                compared++;
            }
        }
        assertTrue(compared >= 2, "samples compared: " + compared);
    }

    /**
     * Sessions come from a pool and go back to it reset: an assessment after many others, probes among them, gives
     * the same outcomes as the first, and a pooled session carries none of the listeners an assessment added (the
     * pool's reset removes them; this holds it to that).
     */
    @Test
    void pooledSessionsGoBackCleanAndGiveTheSameOutcomes() throws Exception {
        List<KnowledgeFile> files = KnowledgeFiles.load(null, null);
        KnowledgeBase knowledge = KnowledgeLoader.load(files);
        RuleBase rules = RuleBase.packagedOrCompile(files);
        Evaluator evaluator = new Evaluator(knowledge, rules);
        ProgramDescription description = TestAdvisor.get()
                .reader()
                .read(Path.of("samples/jail-planning.yaml"))
                .description();
        List<String> first = outcomes(evaluator.evaluate(description, TestAdvisor.AS_OF));
        for (int i = 0; i < 10; i++) {
            evaluator.probe(description, TestAdvisor.AS_OF, java.util.Set.of());
            assertEquals(first, outcomes(evaluator.evaluate(description, TestAdvisor.AS_OF)), "assessment " + i);
        }
        org.kie.api.runtime.KieSession pooled = rules.newSession();
        try {
            assertEquals(0, pooled.getFactCount());
            assertTrue(pooled.getAgendaEventListeners().isEmpty(), "no probe's listener left behind");
            assertTrue(pooled.getRuleRuntimeEventListeners().isEmpty(), "no recorder left behind");
        } finally {
            pooled.dispose();
        }
    }

    /** Each outcome as the finding shows it: item, status, rationale, the rule that decided it, and its citations. */
    private static List<String> outcomes(Evaluation evaluation) {
        return evaluation.outcomes().stream()
                .map(o -> o.getItemId() + " " + o.getStatus() + " " + o.rationale() + " " + o.rule() + " "
                        + o.citations())
                .toList();
    }

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
