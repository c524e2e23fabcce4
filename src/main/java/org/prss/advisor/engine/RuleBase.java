package org.prss.advisor.engine;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles the {@code rules/*.drl} files into one KieBase through the KIE API. Built once per process and
 * shared; every assessment opens its own session on it.
 */
public final class RuleBase {

    private static final String KIE_PATH = "src/main/resources/org/prss/advisor/rules/";

    private final KieBase kieBase;

    private RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** Compiles the rule files; compile errors come back with the file and line a rule writer must fix. */
    public static RuleBase compile(List<KnowledgeFile> files) throws KnowledgeException {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        Map<String, String> displayByKiePath = new HashMap<>();
        List<KnowledgeFile> rules = files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES) && f.name().endsWith(".drl")).toList();
        if (rules.isEmpty()) {
            throw new KnowledgeException(List.of(new KnowledgeProblem(KnowledgeFiles.RULES, 0, "no .drl rule files found")));
        }
        for (KnowledgeFile rule : rules) {
            String path = KIE_PATH + rule.name();
            kfs.write(path, rule.content());
            displayByKiePath.put(path, rule.displayPath());
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<KnowledgeProblem> problems = new ArrayList<>();
            for (Message error : errors) {
                String file = error.getPath() == null ? KnowledgeFiles.RULES
                        : displayByKiePath.getOrDefault(error.getPath(), error.getPath());
                problems.add(new KnowledgeProblem(file, Math.max(error.getLine(), 0), error.getText().strip()));
            }
            throw new KnowledgeException(problems);
        }
        return new RuleBase(kie.newKieContainer(kie.getRepository().getDefaultReleaseId()).getKieBase());
    }
}
