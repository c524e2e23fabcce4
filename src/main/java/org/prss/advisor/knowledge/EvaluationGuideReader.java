package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks the evaluation measures file: outcome domains with outcomes and citations, and instruments that
 * name only those domains, each cited.
 */
final class EvaluationGuideReader {

    /** The key that marks the file. */
    static final String DOMAINS = "outcomeDomains";

    private static final Pattern ID = Pattern.compile("^[A-Z][A-Z0-9]*([_-][A-Z0-9]+)*$");

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    EvaluationGuideReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record DomainSpec(
            String id, String name, EvaluationGuide.Focus focus, List<String> outcomes, List<Citation> citations) {}

    private record InstrumentSpec(
            String id, String name, List<String> domains, String notes, List<Citation> citations) {}

    EvaluationGuide read(LocatedYaml yaml) {
        List<EvaluationGuide.OutcomeDomain> domains = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (LocatedYaml.Entry entry : yaml.list(DOMAINS)) {
            DomainSpec spec = checks.bind(file, entry, DomainSpec.class);
            if (spec == null || !checkedId(entry.line(), "outcome domain", spec.id(), ids)) {
                continue;
            }
            String label = "outcome domain " + spec.id();
            checks.requireText(file, entry.line(), label, "name", spec.name());
            if (spec.focus() == null) {
                checks.problem(file, entry.line(), label + ": missing focus (RECOVERY, PROCESS or JUSTICE)");
            }
            if (spec.outcomes() == null || spec.outcomes().isEmpty()) {
                checks.problem(file, entry.line(), label + ": list at least one outcome under outcomes");
            }
            checks.checkCitations(file, entry.line(), label, spec.citations());
            domains.add(new EvaluationGuide.OutcomeDomain(
                    spec.id(),
                    spec.name(),
                    spec.focus(),
                    spec.outcomes() == null ? List.of() : spec.outcomes(),
                    spec.citations() == null ? List.of() : spec.citations()));
        }
        if (domains.isEmpty()) {
            checks.problem(file, 1, "the evaluation measures file has no outcome domains");
        }
        Set<String> domainIds = new HashSet<>(ids);
        List<EvaluationGuide.Instrument> instruments = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("instruments")) {
            InstrumentSpec spec = checks.bind(file, entry, InstrumentSpec.class);
            if (spec == null || !checkedId(entry.line(), "instrument", spec.id(), ids)) {
                continue;
            }
            String label = "instrument " + spec.id();
            checks.requireText(file, entry.line(), label, "name", spec.name());
            checks.requireText(file, entry.line(), label, "notes", spec.notes());
            List<String> named = spec.domains() == null ? List.of() : spec.domains();
            if (named.isEmpty()) {
                checks.problem(file, entry.line(), label + ": name the outcome domains it measures under domains");
            }
            named.stream()
                    .filter(d -> !domainIds.contains(d))
                    .forEach(d -> checks.problem(
                            file, entry.line(), label + ": '" + d + "' is not an outcome domain of this file"));
            checks.checkCitations(file, entry.line(), label, spec.citations());
            instruments.add(new EvaluationGuide.Instrument(
                    spec.id(),
                    spec.name(),
                    named,
                    spec.notes() == null ? "" : spec.notes().strip(),
                    spec.citations() == null ? List.of() : spec.citations()));
        }
        return new EvaluationGuide(domains, instruments);
    }

    private boolean checkedId(int line, String what, String id, Set<String> seen) {
        if (KnowledgeChecks.blank(id) || !ID.matcher(id).matches()) {
            checks.problem(file, line, what + " id '" + id + "' must be upper-case words joined by _ or -");
            return false;
        }
        if (!seen.add(id)) {
            checks.problem(file, line, "duplicate " + what + " id " + id);
            return false;
        }
        return true;
    }
}
