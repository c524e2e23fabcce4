package org.prss.advisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the advisor knows, loaded and checked: sources, domains with their items, the role worksheet and
 * the language for reading duties, the labelled duty corpus and the frames duties are read by, the state
 * certification table, funding options, the personal ethics checklist, the intake workbook's fields, thresholds and
 * scoring, the headings under which a job description lists duties, and the outcome domains and instruments an
 * evaluation plan draws on; and the readings it declares where a rule decides more than a source states.
 */
public record KnowledgeBase(
        RuleSetInfo ruleSet,
        Map<String, Source> sources,
        List<Domain> domains,
        RoleWorksheet roleWorksheet,
        RoleLanguage roleLanguage,
        DutyCorpus dutyCorpus,
        DutyFrames dutyFrames,
        List<StateCertification> stateTable,
        List<FundingOption> funding,
        PersonalChecklist personalChecklist,
        List<IntakeField> intakeFields,
        List<Threshold> thresholds,
        ScoringPolicy scoring,
        JobDescriptionSections jobDescriptionSections,
        EvaluationGuide evaluationGuide,
        List<DeclaredReading> declaredReadings) {

    public KnowledgeBase {
        sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        domains = List.copyOf(domains);
        stateTable = List.copyOf(stateTable);
        funding = List.copyOf(funding);
        intakeFields = List.copyOf(intakeFields);
        thresholds = List.copyOf(thresholds);
        declaredReadings = List.copyOf(declaredReadings);
    }

    /** Every item of every domain, in knowledge-base order. */
    public List<ChecklistItem> items() {
        return domains.stream().flatMap(d -> d.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(String id) {
        return items().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The state table's row for a two-letter state code. */
    public Optional<StateCertification> state(String code) {
        return stateTable.stream().filter(s -> s.state().equals(code)).findFirst();
    }

    /** A reading the knowledge declares, by id. */
    public Optional<DeclaredReading> declaredReading(String id) {
        return declaredReadings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<Domain> domain(String id) {
        return domains.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
