package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the checklist files into a {@link KnowledgeBase}: each YAML file by the kind it declares ({@link
 * KnowledgeKind}), the state table by its name, then the checks across files. All problems are reported together,
 * each with its file and line.
 */
public final class KnowledgeLoader {

    /** The kinds read first, in this order: the sources before anything cites them, the ids of thresholds first. */
    private static final List<KnowledgeKind> READ_FIRST =
            List.of(KnowledgeKind.SOURCES, KnowledgeKind.RULESET, KnowledgeKind.SCORING, KnowledgeKind.THRESHOLDS);

    /** A YAML file and the kind it declares. */
    private record Declared(KnowledgeKind kind, KnowledgeFile file, LocatedYaml yaml) {}

    private final KnowledgeChecks checks = new KnowledgeChecks();
    private final Map<KnowledgeKind, List<Declared>> byKind = new EnumMap<>(KnowledgeKind.class);
    private final List<Domain> domains = new ArrayList<>();
    private final List<LocatedStatement<RecoveryStatement>> recoveryStatements = new ArrayList<>();
    private final List<LocatedStatement<MedicaidStatement>> medicaidStatements = new ArrayList<>();
    private final List<DeclaredReading> declaredReadings = new ArrayList<>();
    private RoleWorksheet worksheet = RoleWorksheet.EMPTY;
    private RoleLanguage language = RoleLanguage.EMPTY;
    private List<StateCertification> stateTable = List.of();
    private List<FundingOption> funding = List.of();
    private PersonalChecklist personal = PersonalChecklist.EMPTY;
    private List<IntakeField> intakeFields = List.of();
    private JobDescriptionSections dutySections = JobDescriptionSections.NONE;
    private DutyCorpus corpus = DutyCorpus.EMPTY;
    private DutyFrames frames = DutyFrames.EMPTY;
    private EvaluationGuide evaluationGuide = EvaluationGuide.EMPTY;

    private KnowledgeLoader() {}

    /** Loads and checks the checklist files among {@code files}; the hash covers all of them, rules included. */
    public static KnowledgeBase load(List<KnowledgeFile> files) throws KnowledgeException {
        return new KnowledgeLoader().build(files);
    }

    private KnowledgeBase build(List<KnowledgeFile> files) throws KnowledgeException {
        List<KnowledgeFile> checklists = files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.CHECKLISTS))
                .toList();
        Map<String, Declared> declared = declareKinds(checklists);
        Declared sources = first(KnowledgeKind.SOURCES);
        new SourcesReader(checks, sources.file()).read(sources.yaml());
        Declared ruleSetFile = first(KnowledgeKind.RULESET);
        RuleSetReader ruleSet = new RuleSetReader(checks, ruleSetFile.file(), ruleSetFile.yaml());
        RuleSetInfo info = ruleSet.read(hash(files));
        KnowledgeFile scoringFile = first(KnowledgeKind.SCORING).file();
        ScoringPolicy scoring = new ScoringReader(checks, scoringFile).read();
        Declared thresholdsFile = first(KnowledgeKind.THRESHOLDS);
        List<Threshold> thresholds = new ThresholdsReader(checks, thresholdsFile.file()).read(thresholdsFile.yaml());
        for (KnowledgeFile file : checklists) {
            if (file.name().equals(StateTableReader.FILE)) {
                stateTable = new StateTableReader(checks, file).read();
            } else if (declared.containsKey(file.name())
                    && !READ_FIRST.contains(declared.get(file.name()).kind())) {
                read(declared.get(file.name()));
            }
        }
        CrossFileChecks across = new CrossFileChecks(checks);
        stateTable = across.withStatements(
                stateTable,
                recoveryStatements,
                "recovery statement",
                StateCertification::recoveryStatement,
                StateCertification::withRecoveryStatement);
        stateTable = across.withStatements(
                stateTable,
                medicaidStatements,
                "Medicaid statement",
                StateCertification::medicaidStatement,
                StateCertification::withMedicaidStatement);
        List<Domain> ordered = ruleSet.inOrder(domains);
        across.signalActivities(language, worksheet);
        DutyCorpusReader.checkLabels(checks, corpus, worksheet, language);
        DutyFramesReader.checkSignals(checks, frames, language);
        across.fieldItems(intakeFields, ordered);
        across.thresholdReadings(thresholdsFile.file(), thresholds, declaredReadings);
        across.domainWeights(scoringFile, scoring, ordered);
        checks.throwIfAny();
        return new KnowledgeBase(
                info,
                checks.sources(),
                ordered,
                worksheet,
                language,
                corpus,
                frames,
                stateTable,
                funding,
                personal,
                intakeFields,
                thresholds,
                scoring,
                dutySections,
                evaluationGuide,
                declaredReadings);
    }

    /**
     * Each YAML file of the checklists by name, with the kind it declares. A file read as no kind, or a kind the
     * knowledge needs and no file declares, ends the load here, before reading the rest could report knock-on
     * problems (an intake field naming an item of a checklist left unread).
     */
    private Map<String, Declared> declareKinds(List<KnowledgeFile> checklists) throws KnowledgeException {
        KindCheck kindCheck = new KindCheck(checks);
        Map<String, Declared> declared = new LinkedHashMap<>();
        boolean unread = false;
        for (KnowledgeFile file : checklists) {
            if (file.name().equals(StateTableReader.FILE) || file.name().endsWith(".md")) {
                // The state table is CSV, known by its name; a guide kept beside the checklists it explains
                // (duty-labelling-guide.md) is read by people, not rules.
                continue;
            }
            if (!file.name().endsWith(".yaml")) {
                checks.problem(
                        file,
                        0,
                        "is not a knowledge file (expected .yaml, or the state table " + StateTableReader.FILE + ")");
                continue;
            }
            LocatedYaml yaml = LocatedYaml.read(file);
            Optional<KnowledgeKind> kind = kindCheck.of(file, yaml);
            if (kind.isPresent()) {
                Declared d = new Declared(kind.get(), file, yaml);
                List<Declared> same = byKind.computeIfAbsent(kind.get(), k -> new ArrayList<>());
                if (!same.isEmpty() && kind.get().second() != null) {
                    checks.problem(file, 1, kind.get().second());
                }
                same.add(d);
                declared.put(file.name(), d);
            } else {
                unread = true;
            }
        }
        if (unread) {
            // A file refused may be the one that holds a kind the knowledge needs: that is for the next run to say.
            checks.throwIfAny();
        }
        String folder = checklists.isEmpty() ? KnowledgeFiles.CHECKLISTS : folderOf(checklists.get(0));
        boolean missing = false;
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            if (kind.required() && !byKind.containsKey(kind)) {
                checks.problem(
                        folder,
                        0,
                        "no file declares kind: " + kind.word() + " (" + kind.holds() + "), which the knowledge needs");
                missing = true;
            }
        }
        if (missing) {
            checks.throwIfAny();
        }
        return declared;
    }

    /** The folder a file was read from, as errors name it: "checklists", or the edited folder given. */
    private static String folderOf(KnowledgeFile file) {
        String path = file.displayPath();
        return path.substring(0, Math.max(0, path.length() - file.name().length() - 1));
    }

    private Declared first(KnowledgeKind kind) {
        return byKind.get(kind).get(0);
    }

    /** Reads a file of a kind the knowledge may have any number of, or one (the last read wins). */
    private void read(Declared d) {
        KnowledgeFile file = d.file();
        LocatedYaml yaml = d.yaml();
        switch (d.kind()) {
            case CHECKLIST ->
                Optional.ofNullable(new ChecklistReader(checks, file).read(yaml, domains))
                        .ifPresent(domains::add);
            case ROLE_WORKSHEET -> worksheet = new RoleWorksheetReader(checks, file).read(yaml);
            case ROLE_LANGUAGE -> language = new RoleLanguageReader(checks, file).read(yaml);
            case DUTY_CORPUS -> corpus = new DutyCorpusReader(checks, file).read(yaml);
            case DUTY_FRAMES -> frames = new DutyFramesReader(checks, file).read(yaml);
            case PERSONAL_CHECKLIST -> personal = new PersonalChecklistReader(checks, file).read(yaml);
            case INTAKE_FIELDS -> intakeFields = new IntakeFieldsReader(checks, file).read(yaml);
            case RECOVERY_STATEMENTS -> recoveryStatements.addAll(new RecoveryStatementReader(checks, file).read(yaml));
            case MEDICAID_STATEMENTS -> medicaidStatements.addAll(new MedicaidStatementReader(checks, file).read(yaml));
            case EVALUATION_MEASURES -> evaluationGuide = new EvaluationGuideReader(checks, file).read(yaml);
            case READINGS -> declaredReadings.addAll(new DeclaredReadingsReader(checks, file).read(yaml));
            case FUNDING -> funding = new FundingReader(checks, file).read(yaml);
            case JOB_DESCRIPTION_SECTIONS -> dutySections = new JobDescriptionSectionsReader(checks, file).read(yaml);
            case RULESET, SOURCES, SCORING, THRESHOLDS -> throw new IllegalStateException(d.kind() + " is read first");
        }
    }

    /** SHA-256 over every rule and checklist file, by folder and name, so any edit changes it. */
    static String hash(List<KnowledgeFile> files) {
        ContentHash hash = ContentHash.start();
        files.stream()
                .sorted(Comparator.comparing(KnowledgeFile::folder).thenComparing(KnowledgeFile::name))
                .forEach(f -> hash.add(f.folder() + "/" + f.name(), f.content()));
        return hash.hex();
    }
}
