package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Citation;

/** Reads and checks the personal checklist file: a cited source, and statements with ids, headings and locators. */
final class PersonalChecklistReader {

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    PersonalChecklistReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record StatementSpec(String id, String section, String statement, String locator) {}

    PersonalChecklist read(LocatedYaml yaml) {
        String name = yaml.field("personalChecklist").asText();
        String purpose =
                yaml.field("purpose") == null ? null : yaml.field("purpose").asText();
        checks.requireText(file, 1, "personal checklist", "purpose", purpose);
        Citation source = null;
        try {
            source = yaml.field("source") == null
                    ? null
                    : LocatedYaml.MAPPER.treeToValue(yaml.field("source"), Citation.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            checks.problem(file, 1, "personal checklist source: " + e.getOriginalMessage());
        }
        checks.checkCitations(file, 1, "personal checklist", source == null ? List.of() : List.of(source));
        List<PersonalChecklist.Statement> statements = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("statements")) {
            StatementSpec spec = checks.bind(file, entry, StatementSpec.class);
            if (spec == null) {
                continue;
            }
            if (KnowledgeChecks.blank(spec.id())
                    || !KnowledgeChecks.ID.matcher(spec.id()).matches()) {
                checks.problem(
                        file,
                        entry.line(),
                        "statement id '" + spec.id() + "' must be upper-case words joined by hyphens");
                continue;
            }
            String label = "statement " + spec.id();
            checks.claimId(file, entry.line(), spec.id());
            checks.requireText(file, entry.line(), label, "section", spec.section());
            checks.requireText(file, entry.line(), label, "statement", spec.statement());
            checks.requireText(file, entry.line(), label, "locator", spec.locator());
            if (source != null) {
                statements.add(new PersonalChecklist.Statement(
                        spec.id(),
                        spec.section(),
                        spec.statement() == null ? "" : spec.statement().strip(),
                        new Citation(source.source(), source.section() + ", " + spec.section(), spec.locator())));
            }
        }
        if (statements.isEmpty()) {
            checks.problem(file, 1, "the personal checklist has no statements");
        }
        return new PersonalChecklist(name, purpose, source, statements);
    }
}
