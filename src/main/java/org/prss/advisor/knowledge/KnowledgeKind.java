package org.prss.advisor.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a knowledge file holds, as its first-level {@code kind:} declares: the loader reads each YAML file by its
 * declared kind, never by guessing from its fields. Each kind lists the first-level fields its files may have (the
 * first is the one that marks it) and how many files of it the knowledge may have.
 */
enum KnowledgeKind {
    RULESET(
            "ruleset",
            "the rule set's name, version and the order of its domains",
            "a second rule set file; keep the name, version and domain order in one file",
            true,
            "version",
            "name",
            "domains"),
    SOURCES(
            "sources",
            "the source registry every citation names",
            "a second source registry; keep all sources in one file",
            true,
            "sources"),
    SCORING(
            "scoring",
            "weights, credits, the verdict's cut-offs and how team answers combine",
            "a second scoring file; keep all of the scoring in one file",
            true,
            "formula",
            "grounds",
            "severityWeights",
            "domainWeights",
            "statusCredit",
            "findingSeverity",
            "readyAtScore",
            "notReadyBelowScore",
            "teamAnswers"),
    THRESHOLDS(
            "thresholds",
            "the levels and lists the rules compare against",
            "a second thresholds file; keep all thresholds in one file",
            true,
            "thresholds"),
    CHECKLIST("checklist", "one domain's items", null, false, "items", "domain", "name", "sheet", "scored", "groups"),
    ROLE_WORKSHEET(
            "role-worksheet",
            "the role worksheet's activities and their answers",
            "a second role worksheet; keep all activities in one file",
            false,
            "activities",
            "domain",
            "name",
            "categories"),
    ROLE_LANGUAGE(
            "role-language",
            "how duties are read: stop words, stems, synonyms and the signals the role rules look for",
            "a second role language file; keep stemming, synonyms and signals in one file",
            false,
            "signals",
            "minimumStem",
            "stopWords",
            "keptEndings",
            "keptWords",
            "suffixes",
            "synonyms",
            "headNouns",
            "negations",
            "clauseWords",
            "phraseWindow",
            "conditionPhrases",
            "similarity"),
    DUTY_CORPUS(
            "duty-corpus",
            "the labelled duty lines and non-duties",
            "a second duty corpus; keep all labelled lines in one file",
            false,
            DutyCorpusReader.LINES,
            "kinds",
            DutyCorpusReader.NON_DUTIES),
    DUTY_FRAMES(
            "duty-frames",
            "the word classes and readings a duty's frame is read by",
            "a second duty frames file; keep all frame classes and readings in one file",
            false,
            DutyFramesReader.CLASSES,
            "readings"),
    PERSONAL_CHECKLIST(
            "personal-checklist",
            "the statements a peer rates themselves against",
            "a second personal checklist; keep all its statements in one file",
            false,
            "personalChecklist",
            "purpose",
            "source",
            "statements"),
    INTAKE_FIELDS(
            "intake-fields",
            "the intake workbook's Program sheet fields",
            "a second intake fields file; keep all Program sheet fields in one file",
            false,
            "fields"),
    RECOVERY_STATEMENTS(
            "recovery-statements",
            "a second source's statements on states' recovery rules",
            null,
            false,
            RecoveryStatementReader.LIST,
            "citation"),
    MEDICAID_STATEMENTS(
            "medicaid-statements",
            "a second source's statements on states' Medicaid coverage",
            null,
            false,
            MedicaidStatementReader.LIST,
            "citation"),
    EVALUATION_MEASURES(
            "evaluation-measures",
            "the Evaluation Plan's outcome domains and instruments",
            "a second evaluation measures file; keep all outcome domains in one file",
            false,
            EvaluationGuideReader.DOMAINS,
            "instruments"),
    READINGS(
            "readings",
            "declared readings: where a rule decides more than a source states",
            null,
            false,
            DeclaredReadingsReader.LIST),
    FUNDING(
            "funding",
            "grant programs and no-cost help",
            "a second funding file; keep all grant programs and offers in one file",
            false,
            "funding"),
    JOB_DESCRIPTION_SECTIONS(
            "job-description-sections",
            "the headings under which a job description lists duties",
            "a second list of duty sections; keep all the headings in one file",
            false,
            JobDescriptionSectionsReader.LIST,
            "citations");

    /** The first-level field that declares a file's kind. */
    static final String FIELD = "kind";

    private final String word;
    private final String holds;
    private final String second;
    private final boolean required;
    private final List<String> fields;

    KnowledgeKind(String word, String holds, String second, boolean required, String... fields) {
        this.word = word;
        this.holds = holds;
        this.second = second;
        this.required = required;
        this.fields = List.of(fields);
    }

    /** As a file declares it: {@code kind: role-worksheet}. */
    String word() {
        return word;
    }

    /** What a file of this kind holds, in a policy writer's words. */
    String holds() {
        return holds;
    }

    /** What a second file of this kind is told; null when the knowledge may have several. */
    String second() {
        return second;
    }

    /** The knowledge cannot load without a file of this kind. */
    boolean required() {
        return required;
    }

    /** The first-level fields a file of this kind may have, besides its kind. */
    List<String> fields() {
        return fields;
    }

    /** The field that marks a file of this kind. */
    String mark() {
        return fields.get(0);
    }

    static Optional<KnowledgeKind> named(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    static List<String> words() {
        return Arrays.stream(values()).map(KnowledgeKind::word).toList();
    }
}
