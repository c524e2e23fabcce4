package org.prss.advisor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.prss.advisor.knowledge.KnowledgeFile;

/**
 * The packaged rules, compiled at build time into Drools' executable model, so a fresh process loads them instead of
 * compiling DRL (about twice as fast to a usable KieBase). The build runs {@link #main} on rules/; at run time the
 * compiled module is used only if its recorded hash matches the rule files being loaded, so a stale one is never used.
 */
public final class PrecompiledRules {

    static final String RESOURCE = "/knowledge/precompiled/rules.kjar";
    static final String HASH_RESOURCE = "/knowledge/precompiled/rules.sha256";
    private static final ReleaseId RELEASE =
            KieServices.Factory.get().newReleaseId("org.prss.advisor", "packaged-rules", "1");

    private PrecompiledRules() {}

    /** Build step: {@code PrecompiledRules RULES_DIR OUT_DIR}; fails the build on any rule error. */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> drl = Files.newDirectoryStream(rules, "*.drl")) {
            drl.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(RELEASE);
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            kfs.write(RuleBase.KIE_PATH + file.getFileName(), content);
            names.add(file.getFileName().toString());
            contents.add(content);
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile to the executable model: " + errors);
        }
        Files.write(out.resolve("rules.kjar"), ((InternalKieModule) builder.getKieModule()).getBytes());
        Files.writeString(out.resolve("rules.sha256"), hash(names, contents));
    }

    /** The precompiled KieBase for these rule files, if the build made one from exactly them. */
    static Optional<RuleBase> load(List<KnowledgeFile> ruleFiles) {
        try (InputStream kjar = PrecompiledRules.class.getResourceAsStream(RESOURCE);
                InputStream hash = PrecompiledRules.class.getResourceAsStream(HASH_RESOURCE)) {
            if (kjar == null || hash == null) {
                return Optional.empty();
            }
            List<KnowledgeFile> sorted = ruleFiles.stream()
                    .sorted(Comparator.comparing(KnowledgeFile::name))
                    .toList();
            String expected = hash(
                    sorted.stream().map(KnowledgeFile::name).toList(),
                    sorted.stream().map(KnowledgeFile::content).toList());
            if (!expected.equals(new String(hash.readAllBytes(), StandardCharsets.UTF_8).strip())) {
                return Optional.empty();
            }
            KieServices kie = KieServices.Factory.get();
            KieModule module =
                    kie.getRepository().addKieModule(kie.getResources().newByteArrayResource(kjar.readAllBytes()));
            KieContainer container = kie.newKieContainer(module.getReleaseId());
            return Optional.of(new RuleBase(container.getKieBase()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String hash(List<String> names, List<byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < names.size(); i++) {
                digest.update((names.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(contents.get(i));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
