package org.prss.advisor.engine;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeProblem;

/**
 * Compiles the {@code rules/*.drl} files into one KieBase through the KIE API. Built once per process and
 * shared; every assessment opens its own session on it.
 */
public final class RuleBase {

    static final String KIE_PATH = "src/main/resources/org/prss/advisor/rules/";

    /** Sessions a disposed session returns to, reset, so an assessment does not build its session from scratch. */
    private static final int POOLED_SESSIONS = 4;

    private final KieBase kieBase;
    private final KieSessionsPool sessions;

    RuleBase(KieBase kieBase) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(POOLED_SESSIONS);
    }

    /** A session with no facts, from the pool; disposing it returns it, reset, to the pool. */
    KieSession newSession() {
        return sessions.newKieSession();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The build's precompiled rules when they match these files (the packaged rules); otherwise compiles them. */
    public static RuleBase packagedOrCompile(List<KnowledgeFile> files) throws KnowledgeException {
        List<KnowledgeFile> rules = files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES) && f.name().endsWith(".drl"))
                .toList();
        Optional<RuleBase> precompiled = PrecompiledRules.load(rules);
        return precompiled.isPresent() ? precompiled.get() : compile(files);
    }

    /** Compiles the rule files; compile errors come back with the file and line a rule writer must fix. */
    public static RuleBase compile(List<KnowledgeFile> files) throws KnowledgeException {
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        Map<String, String> displayByKiePath = new HashMap<>();
        List<KnowledgeFile> rules = files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES) && f.name().endsWith(".drl"))
                .toList();
        if (rules.isEmpty()) {
            throw new KnowledgeException(
                    List.of(new KnowledgeProblem(KnowledgeFiles.RULES, 0, "no .drl rule files found")));
        }
        for (KnowledgeFile rule : rules) {
            kfs.write(KIE_PATH + rule.name(), rule.content());
            displayByKiePath.put(rule.name(), rule.displayPath());
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Set<KnowledgeProblem> problems = new LinkedHashSet<>();
            for (Message error : errors) {
                if (error.getText().contains("Parser returned a null Package")) {
                    continue; // follows a parse error that is already reported with its line
                }
                String file = error.getPath() == null
                        ? KnowledgeFiles.RULES
                        : displayByKiePath.getOrDefault(
                                Path.of(error.getPath()).getFileName().toString(), error.getPath());
                problems.add(new KnowledgeProblem(file, Math.max(error.getLine(), 0), plain(error.getText())));
            }
            throw new KnowledgeException(List.copyOf(problems));
        }
        return new RuleBase(
                kie.newKieContainer(kie.getRepository().getDefaultReleaseId()).getKieBase());
    }

    /** The compiler's message without its ASCII-art pointer lines, on one line. */
    private static String plain(String text) {
        return text.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("[Near") && !l.startsWith("[Line:") && !l.equals("^"))
                .collect(Collectors.joining(" "));
    }
}
