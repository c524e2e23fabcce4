package org.prss.advisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.text.NearestName;

/**
 * Reads the checklist files into a {@link KnowledgeBase} and checks them: every item has an id used once,
 * our own wording, a severity and at least one citation to a registered source. All problems are reported
 * together, each with its file and line.
 */
public final class KnowledgeLoader {

    static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$");

    private static final String RULESET = "ruleset.yaml";
    private static final String SOURCES = "sources.yaml";
    private static final String SCORING = "scoring.yaml";
    private static final String THRESHOLDS = "thresholds.yaml";

    private final List<KnowledgeProblem> problems = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, String> itemIdsSeen = new HashMap<>();

    private KnowledgeLoader() {}

    /** Loads and checks the checklist files among {@code files}; the hash covers all of them, rules included. */
    public static KnowledgeBase load(List<KnowledgeFile> files) throws KnowledgeException {
        return new KnowledgeLoader().build(files);
    }

    private KnowledgeBase build(List<KnowledgeFile> files) throws KnowledgeException {
        Map<String, KnowledgeFile> checklists = new LinkedHashMap<>();
        files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.CHECKLISTS))
                .forEach(f -> checklists.put(f.name(), f));
        for (String required : List.of(RULESET, SOURCES, SCORING, THRESHOLDS)) {
            if (!checklists.containsKey(required)) {
                problems.add(new KnowledgeProblem(
                        KnowledgeFiles.CHECKLISTS + "/" + required, 0, "required file is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        readSources(checklists.get(SOURCES));
        RuleSetInfo ruleSet = readRuleSet(checklists.get(RULESET), hash(files));
        ScoringPolicy scoring = readScoring(checklists.get(SCORING));
        List<Threshold> thresholds = readThresholds(checklists.get(THRESHOLDS));
        List<Domain> domains = new ArrayList<>();
        RoleWorksheet worksheet = RoleWorksheet.EMPTY;
        RoleLanguage language = null;
        List<StateCertification> stateTable = List.of();
        List<Located<RecoveryStatement>> recoveryStatements = new ArrayList<>();
        List<Located<MedicaidStatement>> medicaidStatements = new ArrayList<>();
        List<FundingOption> funding = List.of();
        PersonalChecklist personal = PersonalChecklist.EMPTY;
        List<IntakeField> intakeFields = List.of();
        JobDescriptionSections dutySections = null;
        DutyCorpus corpus = DutyCorpus.EMPTY;
        DutyFrames frames = DutyFrames.EMPTY;
        EvaluationGuide evaluationGuide = EvaluationGuide.EMPTY;
        List<DeclaredReading> declaredReadings = new ArrayList<>();
        for (KnowledgeFile file : checklists.values()) {
            if (List.of(RULESET, SOURCES, SCORING, THRESHOLDS).contains(file.name())) {
                continue;
            }
            if (file.name().equals(StateTableReader.FILE)) {
                stateTable = new StateTableReader(this, file).read();
                continue;
            }
            if (file.name().endsWith(".md")) {
                // A guide kept beside the checklists it explains (duty-labelling-guide.md): read by people, not rules.
                continue;
            }
            if (!file.name().endsWith(".yaml")) {
                problems.add(new KnowledgeProblem(
                        file.displayPath(),
                        0,
                        "is not a knowledge file (expected .yaml, or the state table " + StateTableReader.FILE + ")"));
                continue;
            }
            LocatedYaml yaml = LocatedYaml.read(file);
            if (yaml.has("activities")) {
                if (!worksheet.activities().isEmpty()) {
                    problem(file, 1, "a second role worksheet; keep all activities in one file");
                }
                worksheet = new RoleWorksheetReader(this, file).read(yaml);
            } else if (yaml.has("signals")) {
                if (language != null) {
                    problem(file, 1, "a second role language file; keep stemming, synonyms and signals in one file");
                }
                language = new RoleLanguageReader(this, file).read(yaml);
            } else if (yaml.has(DutyCorpusReader.LINES)) {
                if (!corpus.lines().isEmpty()) {
                    problem(file, 1, "a second duty corpus; keep all labelled lines in one file");
                }
                corpus = new DutyCorpusReader(this, file).read(yaml);
            } else if (yaml.has(DutyFramesReader.CLASSES)) {
                if (!frames.readings().isEmpty()) {
                    problem(file, 1, "a second duty frames file; keep all frame classes and readings in one file");
                }
                frames = new DutyFramesReader(this, file).read(yaml);
            } else if (yaml.has("personalChecklist")) {
                personal = new PersonalChecklistReader(this, file).read(yaml);
            } else if (yaml.has("fields")) {
                intakeFields = new IntakeFieldsReader(this, file).read(yaml);
            } else if (yaml.has(RecoveryStatementReader.LIST)) {
                recoveryStatements.addAll(new RecoveryStatementReader(this, file).read(yaml));
            } else if (yaml.has(MedicaidStatementReader.LIST)) {
                medicaidStatements.addAll(new MedicaidStatementReader(this, file).read(yaml));
            } else if (yaml.has(EvaluationGuideReader.DOMAINS)) {
                if (!evaluationGuide.outcomeDomains().isEmpty()) {
                    problem(file, 1, "a second evaluation measures file; keep all outcome domains in one file");
                }
                evaluationGuide = new EvaluationGuideReader(this, file).read(yaml);
            } else if (yaml.has(DeclaredReadingsReader.LIST)) {
                declaredReadings.addAll(new DeclaredReadingsReader(this, file).read(yaml));
            } else if (yaml.has("funding")) {
                funding = new FundingReader(this, file).read(yaml);
            } else if (yaml.has(JobDescriptionSectionsReader.LIST)) {
                if (dutySections != null) {
                    problem(file, 1, "a second list of duty sections; keep all the headings in one file");
                }
                dutySections = new JobDescriptionSectionsReader(this, file).read(yaml);
            } else {
                readDomain(file, yaml, domains);
            }
        }
        if (language == null) {
            language = RoleLanguage.EMPTY;
        }
        stateTable = withStatements(
                stateTable,
                recoveryStatements,
                "recovery statement",
                StateCertification::recoveryStatement,
                StateCertification::withRecoveryStatement);
        stateTable = withStatements(
                stateTable,
                medicaidStatements,
                "Medicaid statement",
                StateCertification::medicaidStatement,
                StateCertification::withMedicaidStatement);
        domains = inRuleSetOrder(domains, checklists.get(RULESET));
        checkSignalActivities(language, worksheet);
        DutyCorpusReader.checkLabels(this, corpus, worksheet, language);
        DutyFramesReader.checkSignals(this, frames, language);
        checkFieldItems(intakeFields, domains);
        checkThresholdReadings(checklists.get(THRESHOLDS), thresholds, declaredReadings);
        checkDomainWeights(checklists.get(SCORING), scoring, domains);
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new KnowledgeBase(
                ruleSet,
                sources,
                domains,
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
                dutySections == null ? JobDescriptionSections.NONE : dutySections,
                evaluationGuide,
                declaredReadings);
    }

    /** A threshold that rests on a reading names one the knowledge declares. */
    private void checkThresholdReadings(
            KnowledgeFile file, List<Threshold> thresholds, List<DeclaredReading> readings) {
        Set<String> declared = readings.stream().map(DeclaredReading::id).collect(Collectors.toSet());
        for (Threshold t : thresholds) {
            if (t.reading() != null && !declared.contains(t.reading())) {
                problem(
                        file,
                        LocatedYaml.fieldLine(file, t.line(), "reading"),
                        "threshold " + t.id() + " rests on reading " + t.reading() + ", which no readings file declares"
                                + NearestName.fieldSuffix(t.reading(), declared));
            }
        }
    }

    /** A second source's statement on one state, and the line it starts on. */
    record Located<T>(String state, T statement, KnowledgeFile file, int line) {}

    /** The state table with each second-source statement on its state's row; a statement on no row is an error. */
    private <T> List<StateCertification> withStatements(
            List<StateCertification> table,
            List<Located<T>> statements,
            String label,
            Function<StateCertification, T> existing,
            BiFunction<StateCertification, T, StateCertification> with) {
        List<StateCertification> joined = new ArrayList<>(table);
        for (Located<T> s : statements) {
            int row = -1;
            for (int i = 0; i < joined.size(); i++) {
                if (joined.get(i).state().equals(s.state())) {
                    row = i;
                }
            }
            if (row < 0) {
                problem(s.file(), s.line(), label + " " + s.state() + ": no such state in " + StateTableReader.FILE);
            } else if (existing.apply(joined.get(row)) != null) {
                problem(s.file(), s.line(), label + " " + s.state() + ": the state has one already");
            } else {
                joined.set(row, with.apply(joined.get(row), s.statement()));
            }
        }
        return joined;
    }

    /** A spec bound from a list entry, and the line it starts on. */
    record Bound<S>(S spec, int line) {}

    /** The entries of a per-state list bound to their spec; an entry without a state, or with a repeated one, is
     * reported and left out. */
    <S> List<Bound<S>> oncePerState(
            KnowledgeFile file, LocatedYaml yaml, String list, Class<S> type, Function<S, String> state, String label) {
        List<Bound<S>> bound = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LocatedYaml.Entry entry : yaml.list(list)) {
            S spec = bind(file, entry, type);
            if (spec == null) {
                continue;
            }
            String code = state.apply(spec);
            if (blank(code) || !seen.add(code)) {
                problem(file, entry.line(), "each " + label + " needs a state, listed once (" + code + ")");
                continue;
            }
            bound.add(new Bound<>(spec, entry.line()));
        }
        return bound;
    }

    /** The one citation a file of second-source statements opens with, checked. */
    Citation fileCitation(KnowledgeFile file, LocatedYaml yaml, String label) {
        Citation citation = null;
        if (yaml.field("citation") != null) {
            try {
                citation = LocatedYaml.MAPPER.treeToValue(yaml.field("citation"), Citation.class);
            } catch (JsonProcessingException e) {
                problem(
                        file,
                        1,
                        "citation: "
                                + e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
            }
        }
        checkCitations(file, 1, label, citation == null ? List.of() : List.of(citation));
        return citation;
    }

    /** A text field without its surrounding blanks; an absent one is empty. */
    static String stripped(String s) {
        return s == null ? "" : s.strip();
    }

    /** Domains in the order ruleset.yaml lists them; a domain it does not list is an error, not a silent tail. */
    private List<Domain> inRuleSetOrder(List<Domain> domains, KnowledgeFile ruleSetFile) throws KnowledgeException {
        List<String> order = new ArrayList<>();
        LocatedYaml.read(ruleSetFile)
                .list("domains")
                .forEach(e -> order.add(e.node().asText()));
        List<Domain> ordered = new ArrayList<>();
        for (String id : order) {
            domains.stream().filter(d -> d.id().equals(id)).forEach(ordered::add);
        }
        for (Domain d : domains) {
            if (!order.contains(d.id())) {
                problem(
                        ruleSetFile,
                        1,
                        "domain " + d.id() + " is not listed under domains; add it where it should appear");
                ordered.add(d);
            }
        }
        return ordered;
    }

    /** An intake field may name only checklist items that exist. */
    private void checkFieldItems(List<IntakeField> fields, List<Domain> domains) {
        List<String> known = domains.stream()
                .flatMap(d -> d.items().stream())
                .map(ChecklistItem::id)
                .toList();
        for (IntakeField field : fields) {
            List<String> named = new java.util.ArrayList<>(field.items());
            field.onlyIf().forEach(o -> named.addAll(o.items()));
            for (String item : named) {
                if (!known.contains(item)) {
                    problems.add(new KnowledgeProblem(
                            field.file(),
                            field.line(),
                            "field " + field.path() + ": unknown item '" + item + "'"
                                    + NearestName.fieldSuffix(item, known)));
                }
            }
        }
    }

    /** A signal may name only worksheet activities that exist. */
    private void checkSignalActivities(RoleLanguage language, RoleWorksheet worksheet) {
        List<String> known =
                worksheet.activities().stream().map(RoleActivity::id).toList();
        for (RoleSignal signal : language.signals()) {
            for (String activity : signal.activities()) {
                if (!known.contains(activity)) {
                    problems.add(new KnowledgeProblem(
                            signal.file(),
                            signal.line(),
                            "signal " + signal.id() + ": unknown worksheet activity '" + activity + "'"
                                    + NearestName.fieldSuffix(activity, known)));
                }
            }
        }
    }

    private record SourceSpec(String shortName, String title, String publisher, Integer year, String note) {}

    private void readSources(KnowledgeFile file) throws KnowledgeException {
        for (LocatedYaml.Entry entry : LocatedYaml.read(file).list("sources")) {
            SourceSpec spec = bind(file, entry, SourceSpec.class);
            if (spec == null) {
                continue;
            }
            if (blank(spec.shortName()) || blank(spec.title())) {
                problem(file, entry.line(), "a source needs a shortName and a title");
            } else if (sources.containsKey(spec.shortName())) {
                problem(file, entry.line(), "source '" + spec.shortName() + "' is registered twice");
            } else {
                sources.put(
                        spec.shortName(),
                        new Source(
                                spec.shortName(),
                                spec.title(),
                                spec.publisher(),
                                spec.year() == null ? 0 : spec.year(),
                                spec.note()));
            }
        }
        if (sources.isEmpty()) {
            problem(file, 0, "no sources are registered");
        }
    }

    private RuleSetInfo readRuleSet(KnowledgeFile file, String hash) throws KnowledgeException {
        LocatedYaml yaml = LocatedYaml.read(file);
        String name = text(yaml.field("name"));
        String version = text(yaml.field("version"));
        if (blank(name) || blank(version)) {
            problem(file, 1, "the rule set needs a name and a version");
        }
        return new RuleSetInfo(name, version, hash);
    }

    private ScoringPolicy readScoring(KnowledgeFile file) {
        try {
            ScoringPolicy policy = LocatedYaml.MAPPER.readValue(file.content(), ScoringPolicy.class);
            if (policy.severityWeights() == null
                    || policy.statusCredit() == null
                    || policy.findingSeverity() == null
                    || blank(policy.formula())) {
                problem(file, 1, "scoring needs severityWeights, statusCredit, findingSeverity and formula");
                return policy;
            }
            checkScoring(file, policy);
            checkTeamAnswers(file, policy.teamAnswers());
            if (policy.grounds() == null || blank(policy.grounds().statement())) {
                problem(
                        file,
                        1,
                        "scoring needs grounds: a statement of where its weights and cut-offs come from, cited");
            } else {
                checkCitations(
                        file,
                        LocatedYaml.fieldLine(file, 1, "grounds"),
                        "scoring grounds",
                        policy.grounds().citations());
            }
            return policy;
        } catch (InvalidFormatException e) {
            problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), notAllowed(e));
            return null;
        } catch (JsonProcessingException e) {
            problem(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
            return null;
        } catch (java.io.IOException e) {
            problem(file, 0, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    /**
     * A value that is not one of a field's choices, named by its field, with the choices and the nearest:
     * "teamAnswers.bySeverity.LOW: 'MOST_USUAL' is not one of LEAST_FAVOURABLE, MOST_COMMON (did you mean ...)".
     */
    private static String notAllowed(InvalidFormatException e) {
        if (e.getTargetType() == null || !e.getTargetType().isEnum()) {
            return e.getOriginalMessage();
        }
        List<String> allowed = Arrays.stream(e.getTargetType().getEnumConstants())
                .map(Object::toString)
                .toList();
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                .collect(Collectors.joining("."));
        String value = String.valueOf(e.getValue());
        return (field.isEmpty() ? "" : field + ": ") + "'" + value + "' is not one of " + String.join(", ", allowed)
                + NearestName.fieldSuffix(value, allowed);
    }

    /**
     * The team-answer rule: a method for every item severity, a tie rule, and why, cited; its problems point at the
     * lines of teamAnswers.
     */
    private void checkTeamAnswers(KnowledgeFile file, TeamAnswerRule rule) {
        if (rule == null) {
            problem(
                    file,
                    1,
                    "scoring needs teamAnswers: how a team self-assessment combines its respondents' answers to an"
                            + " item (bySeverity, ties, why, citations)");
            return;
        }
        int line = LocatedYaml.fieldLine(file, 1, "teamAnswers");
        int bySeverity = LocatedYaml.fieldLine(file, line, "bySeverity");
        Map<Severity, TeamAnswerRule.Method> methods = rule.bySeverity() == null ? Map.of() : rule.bySeverity();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            if (methods.get(severity) == null) {
                problem(
                        file,
                        bySeverity,
                        "teamAnswers.bySeverity needs a method for " + severity + " items: one of "
                                + names(TeamAnswerRule.Method.values()));
            }
        }
        if (methods.containsKey(Severity.INFO)) {
            problem(
                    file,
                    LocatedYaml.fieldLine(file, bySeverity, "INFO"),
                    "teamAnswers.bySeverity: INFO is no item's severity; remove it");
        }
        if (rule.ties() == null) {
            problem(file, line, "teamAnswers needs ties: " + names(TeamAnswerRule.Tie.values()));
        }
        requireText(file, line, "teamAnswers", "why", rule.why());
        checkCitations(file, LocatedYaml.fieldLine(file, line, "citations"), "teamAnswers", rule.citations());
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Every scored domain has a positive weight in the overall score; no other domain has one. */
    private void checkDomainWeights(KnowledgeFile file, ScoringPolicy policy, List<Domain> domains) {
        if (policy == null) {
            return;
        }
        Map<String, Double> weights = policy.domainWeights() == null ? Map.of() : policy.domainWeights();
        for (Domain domain : domains) {
            Double weight = weights.get(domain.id());
            if (domain.scored() && (weight == null || weight <= 0)) {
                problem(
                        file,
                        1,
                        "domainWeights: give domain " + domain.id() + " a positive weight in the overall score");
            } else if (!domain.scored() && weight != null) {
                problem(file, 1, "domainWeights: domain " + domain.id() + " is not scored; remove its weight");
            }
        }
        weights.keySet().stream()
                .filter(id -> domains.stream().noneMatch(d -> d.id().equals(id)))
                .sorted()
                .forEach(id -> problem(file, 1, "domainWeights: no domain " + id));
    }

    /** Every item severity has a weight, every open status a credit, every status a finding severity. */
    private void checkScoring(KnowledgeFile file, ScoringPolicy policy) {
        for (Severity severity : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            Integer weight = policy.severityWeights().get(severity);
            if (weight == null || weight <= 0) {
                problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "severityWeights"),
                        "severityWeights needs a positive whole" + " number for " + severity
                                + (weight == null ? "" : ", not " + weight));
            }
        }
        for (Status status : List.of(Status.MET, Status.PARTIAL, Status.GAP, Status.UNKNOWN)) {
            Double credit = policy.statusCredit().get(status);
            if (credit == null || credit < 0 || credit > 1) {
                problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "statusCredit"),
                        "statusCredit needs a credit from 0 to 1" + " for " + status
                                + (credit == null ? "" : ", not " + credit));
            }
        }
        for (Status status : Status.values()) {
            if (!policy.findingSeverity().containsKey(status)) {
                problem(
                        file,
                        LocatedYaml.fieldLine(file, 1, "findingSeverity"),
                        "findingSeverity needs a rule for " + status + " (ITEM, ONE_LOWER or INFO)");
            }
        }
        if (policy.notReadyBelowScore() < 0
                || policy.readyAtScore() > 100
                || policy.notReadyBelowScore() > policy.readyAtScore()) {
            problem(
                    file,
                    LocatedYaml.fieldLine(file, 1, "readyAtScore"),
                    "scores run from 0 to 100, and notReadyBelowScore (" + policy.notReadyBelowScore()
                            + ") may not exceed readyAtScore (" + policy.readyAtScore() + ")");
        }
    }

    private record ThresholdSpec(
            String id,
            String type,
            String value,
            List<String> values,
            String unit,
            String description,
            List<Citation> citations,
            String reading) {}

    private List<Threshold> readThresholds(KnowledgeFile file) throws KnowledgeException {
        List<Threshold> thresholds = new ArrayList<>();
        for (LocatedYaml.Entry entry : LocatedYaml.read(file).list("thresholds")) {
            ThresholdSpec spec = bind(file, entry, ThresholdSpec.class);
            if (spec == null) {
                continue;
            }
            if (blank(spec.id())) {
                problem(file, entry.line(), "a threshold needs an id");
                continue;
            }
            claimId(file, entry.line(), spec.id());
            checkCitations(file, entry.line(), "threshold '" + spec.id() + "'", spec.citations());
            ThresholdType type = thresholdType(file, entry, spec);
            if (type != null) {
                thresholds.add(new Threshold(
                        spec.id(),
                        type,
                        spec.value(),
                        spec.values(),
                        spec.unit(),
                        spec.description(),
                        spec.citations(),
                        spec.reading(),
                        file.displayPath(),
                        entry.line()));
            }
        }
        return thresholds;
    }

    /** The threshold's declared type, or null (with the problem recorded) when it is missing, unknown or not met. */
    private ThresholdType thresholdType(KnowledgeFile file, LocatedYaml.Entry entry, ThresholdSpec spec) {
        String label = "threshold '" + spec.id() + "'";
        if (blank(spec.type())) {
            problem(file, entry.line(), label + " needs a type: one of " + String.join(", ", ThresholdType.words()));
            return null;
        }
        ThresholdType type = ThresholdType.named(spec.type()).orElse(null);
        if (type == null) {
            problem(
                    file,
                    LocatedYaml.fieldLine(file, entry.line(), "type"),
                    label + ": unknown type '" + spec.type() + "'"
                            + NearestName.fieldSuffix(spec.type(), ThresholdType.words()) + "; one of "
                            + String.join(", ", ThresholdType.words()));
            return null;
        }
        if (!Threshold.fits(type, spec.value(), spec.values())) {
            String field = spec.value() != null ? "value" : "values";
            String found = spec.value() != null
                    ? "'" + spec.value() + "'"
                    : spec.values() == null || spec.values().isEmpty()
                            ? "nothing"
                            : spec.values().toString();
            problem(
                    file,
                    LocatedYaml.fieldLine(file, entry.line(), field),
                    label + " is declared a " + type.word() + ", but its " + field + " is " + found + "; expected "
                            + type.expected());
            return null;
        }
        return type;
    }

    private record ItemSpec(
            String id,
            String group,
            String title,
            String question,
            String why,
            String recommendation,
            Severity severity,
            List<Setting> settings,
            List<Citation> citations,
            String factsLeaveOpen) {}

    private void readDomain(KnowledgeFile file, LocatedYaml yaml, List<Domain> domains) {
        String domainId = text(yaml.field("domain"));
        String domainName = text(yaml.field("name"));
        if (blank(domainId) || blank(domainName)) {
            problem(file, 1, "a checklist file needs a domain and a name");
            return;
        }
        Map<String, String> groupNames = new LinkedHashMap<>();
        List<Domain.Group> groups = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("groups")) {
            Domain.Group group = bind(file, entry, Domain.Group.class);
            if (group != null) {
                groupNames.put(group.id(), group.name());
                groups.add(group);
            }
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("items")) {
            ItemSpec spec = bind(file, entry, ItemSpec.class);
            if (spec != null && checkItem(file, entry.line(), spec, groupNames)) {
                items.add(new ChecklistItem(
                        spec.id(),
                        domainId,
                        spec.group(),
                        groupNames.get(spec.group()),
                        spec.title().strip(),
                        spec.question().strip(),
                        spec.why().strip(),
                        spec.recommendation().strip(),
                        spec.severity(),
                        spec.settings(),
                        spec.citations(),
                        blank(spec.factsLeaveOpen())
                                ? null
                                : spec.factsLeaveOpen().strip(),
                        file.displayPath(),
                        entry.line()));
            }
        }
        if (items.isEmpty()) {
            problem(file, 1, "the checklist has no items");
        }
        String sheet = yaml.field("sheet") == null ? domainName + " Checklist" : text(yaml.field("sheet"));
        int sheetLine = yaml.field("sheet") == null ? 1 : LocatedYaml.fieldLine(file, 1, "sheet");
        if (sheet.length() > Domain.MAX_SHEET_NAME || !sheet.matches("[^\\\\/?*\\[\\]:]+")) {
            problem(
                    file,
                    sheetLine,
                    "sheet name '" + sheet + "' must be at most " + Domain.MAX_SHEET_NAME
                            + " characters without \\ / ? * [ ] or : (set a shorter one with sheet:)");
        }
        Domain.FIXED_SHEETS.stream()
                .filter(sheet::equalsIgnoreCase)
                .findFirst()
                .ifPresent(fixed -> problem(
                        file,
                        sheetLine,
                        "sheet name '" + sheet + "' is taken by the workbook's own " + fixed
                                + " sheet; choose another with sheet:"));
        domains.stream()
                .filter(d -> d.sheet().equalsIgnoreCase(sheet))
                .findFirst()
                .ifPresent(other -> problem(
                        file,
                        sheetLine,
                        "sheet name '" + sheet + "' is already the " + other.id()
                                + " domain's; each domain needs its own"));
        boolean scored = yaml.field("scored") == null || yaml.field("scored").asBoolean(true);
        domains.add(new Domain(domainId, domainName, sheet, scored, groups, items));
    }

    private boolean checkItem(KnowledgeFile file, int line, ItemSpec spec, Map<String, String> groups) {
        int before = problems.size();
        if (blank(spec.id()) || !ID.matcher(spec.id()).matches()) {
            problem(
                    file,
                    line,
                    "item id '" + spec.id() + "' must be upper-case words joined by hyphens, like RDY-LEAD-01");
            return false;
        }
        String label = "item " + spec.id();
        claimId(file, line, spec.id());
        if (spec.group() != null && !groups.containsKey(spec.group())) {
            problem(
                    file,
                    line,
                    label + ": unknown group '" + spec.group() + "'"
                            + NearestName.fieldSuffix(spec.group(), groups.keySet()));
        }
        requireText(file, line, label, "title", spec.title());
        requireText(file, line, label, "question", spec.question());
        requireText(file, line, label, "why", spec.why());
        requireText(file, line, label, "recommendation", spec.recommendation());
        if (spec.severity() == null || spec.severity() == Severity.INFO) {
            problem(file, line, label + ": severity must be CRITICAL, HIGH, MEDIUM or LOW");
        }
        checkCitations(file, line, label, spec.citations());
        return problems.size() == before;
    }

    void checkCitations(KnowledgeFile file, int line, String label, List<Citation> citations) {
        if (citations == null || citations.isEmpty()) {
            problem(file, line, label + ": missing citation (every entry must cite at least one source)");
            return;
        }
        for (Citation c : citations) {
            if (c == null || blank(c.source())) {
                problem(file, line, label + ": a citation has no source");
            } else if (!sources.containsKey(c.source())) {
                problem(
                        file,
                        line,
                        label + ": unknown source '" + c.source() + "'"
                                + NearestName.fieldSuffix(c.source(), sources.keySet()));
            } else if (blank(c.section()) || blank(c.locator())) {
                problem(file, line, label + ": a citation of " + c.source() + " needs a section and a locator");
            }
        }
    }

    <T> T bind(KnowledgeFile file, LocatedYaml.Entry entry, Class<T> type) {
        try {
            return LocatedYaml.MAPPER.treeToValue(entry.node(), type);
        } catch (UnrecognizedPropertyException e) {
            problem(
                    file,
                    entry.line(),
                    "unknown field '" + e.getPropertyName() + "'"
                            + NearestName.fieldSuffix(
                                    e.getPropertyName(),
                                    e.getKnownPropertyIds().stream()
                                            .map(Object::toString)
                                            .toList()));
        } catch (JsonProcessingException e) {
            problem(
                    file,
                    entry.line(),
                    e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
        }
        return null;
    }

    void requireText(KnowledgeFile file, int line, String label, String field, String value) {
        if (blank(value)) {
            problem(file, line, label + ": missing " + field);
        }
    }

    void problem(KnowledgeFile file, int line, String message) {
        problems.add(new KnowledgeProblem(file.displayPath(), line, message));
    }

    void problem(String displayPath, int line, String message) {
        problems.add(new KnowledgeProblem(displayPath, line, message));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Ids are never shared, across items, worksheet activities and thresholds alike. */
    void claimId(KnowledgeFile file, int line, String id) {
        String firstSeen = itemIdsSeen.putIfAbsent(id, file.displayPath() + ":" + line);
        if (firstSeen != null) {
            problem(file, line, "duplicate id " + id + " (first defined at " + firstSeen + ")");
        }
    }

    /** SHA-256 over every rule and checklist file, by folder and name, so any edit changes it. */
    static String hash(List<KnowledgeFile> files) {
        ContentHash hash = ContentHash.start();
        files.stream()
                .sorted(java.util.Comparator.comparing(KnowledgeFile::folder).thenComparing(KnowledgeFile::name))
                .forEach(f -> hash.add(f.folder() + "/" + f.name(), f.content()));
        return hash.hex();
    }
}
