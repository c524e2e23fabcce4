package org.prss.advisor.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModuleModel;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.prss.advisor.knowledge.ContentHash;
import org.prss.advisor.knowledge.KnowledgeFile;

/**
 * The packaged rules, compiled at build time into Drools' executable model, so a fresh process loads them instead of
 * compiling DRL (about twice as fast to a usable KieBase). The build runs {@link #main} on rules/ and writes the
 * model's generated classes into the build output beside the advisor's own, so they are loaded from the jar by the
 * application class loader like any other class, and the class-data archive and the ahead-of-time cache the launcher
 * makes can hold them (defined at run time from a kjar's bytes, they could not be archived). At run time the model is
 * used only if its recorded hash matches the rule files being loaded, so a stale one is never used.
 */
public final class PrecompiledRules {

    /** The name of the generated class that lists the rule models (a {@link CanonicalKieModuleModel}). */
    static final String MODEL_RESOURCE = "/knowledge/precompiled/rules.model";

    static final String HASH_RESOURCE = "/knowledge/precompiled/rules.sha256";
    private static final ReleaseId RELEASE =
            KieServices.Factory.get().newReleaseId("org.prss.advisor", "packaged-rules", "1");

    private PrecompiledRules() {}

    /**
     * Build step: {@code PrecompiledRules RULES_DIR CLASSES_DIR}: the model's classes go into CLASSES_DIR, its name and
     * the rules' hash into CLASSES_DIR/knowledge/precompiled. Fails the build on any rule error.
     */
    public static void main(String[] args) throws IOException {
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path out = Files.createDirectories(classes.resolve("knowledge/precompiled"));
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> drl = Files.newDirectoryStream(rules, "*.drl")) {
            drl.forEach(files::add);
        }
        files.sort(Comparator.comparing(Path::toString));
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(RELEASE);
        ContentHash rulesHash = ContentHash.start();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            kfs.write(RuleBase.KIE_PATH + file.getFileName(), content);
            rulesHash.add(file.getFileName().toString(), content);
        }
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the rules do not compile to the executable model: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        String model = null;
        for (String name : module.getFileNames()) {
            if (!name.endsWith(".class")) {
                continue;
            }
            Path target = classes.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, module.getBytes(name));
            if (name.startsWith(PROJECT_MODEL_PREFIX)) {
                model = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            }
        }
        if (model == null) {
            throw new IllegalStateException("the executable model has no project model class");
        }
        Files.writeString(out.resolve("rules.model"), model);
        Files.writeString(out.resolve("rules.sha256"), rulesHash.hex());
    }

    /** Where Drools puts the class that lists a module's rule models. */
    private static final String PROJECT_MODEL_PREFIX = "org/drools/project/model/ProjectModel_";

    /** The precompiled KieBase for these rule files, if the build made one from exactly them. */
    static Optional<RuleBase> load(List<KnowledgeFile> ruleFiles) {
        try (InputStream model = PrecompiledRules.class.getResourceAsStream(MODEL_RESOURCE);
                InputStream hash = PrecompiledRules.class.getResourceAsStream(HASH_RESOURCE)) {
            if (model == null || hash == null) {
                return Optional.empty();
            }
            ContentHash rulesHash = ContentHash.start();
            ruleFiles.stream()
                    .sorted(Comparator.comparing(KnowledgeFile::name))
                    .forEach(f -> rulesHash.add(f.name(), f.content()));
            String expected = rulesHash.hex();
            if (!expected.equals(new String(hash.readAllBytes(), StandardCharsets.UTF_8).strip())) {
                return Optional.empty();
            }
            return Optional.of(new RuleBase(kieBase(new String(model.readAllBytes(), StandardCharsets.UTF_8).strip())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The build's rules as a KieBase, without checking them against rule files (the bench's cold-start floor). */
    public static KieBase packaged() throws IOException {
        try (InputStream model = PrecompiledRules.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (model == null) {
                throw new IOException("the build wrote no precompiled rules");
            }
            return kieBase(new String(model.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    /** A KieBase of the rule models the named generated class lists, its classes loaded from the class path. */
    static KieBase kieBase(String projectModelClass) {
        try {
            CanonicalKieModuleModel project = (CanonicalKieModuleModel)
                    Class.forName(projectModelClass).getDeclaredConstructor().newInstance();
            return KieBaseBuilder.createKieBaseFromModel(project.getModels());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the build's rule model " + projectModelClass + " cannot be loaded", e);
        }
    }
}
