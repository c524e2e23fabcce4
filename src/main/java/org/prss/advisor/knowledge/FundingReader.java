package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * Reads and checks the funding file: grant programs and no-cost help, each with the settings it fits and a citation.
 */
final class FundingReader {

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    FundingReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record FundingSpec(
            String id,
            FundingOption.Kind kind,
            String name,
            String agency,
            String summary,
            List<Setting> settings,
            List<Citation> citations) {}

    List<FundingOption> read(LocatedYaml yaml) {
        List<FundingOption> options = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("funding")) {
            FundingSpec spec = checks.bind(file, entry, FundingSpec.class);
            if (spec == null) {
                continue;
            }
            int line = entry.line();
            if (KnowledgeChecks.blank(spec.id())
                    || !KnowledgeChecks.ID.matcher(spec.id()).matches()) {
                checks.problem(
                        file,
                        line,
                        "funding id '" + spec.id() + "' must be upper-case words joined by hyphens, like FUND-COSSAP");
                continue;
            }
            String label = "funding " + spec.id();
            checks.claimId(file, line, spec.id());
            if (spec.kind() == null) {
                checks.problem(file, line, label + ": kind must be GRANT or TECHNICAL_ASSISTANCE");
            }
            checks.requireText(file, line, label, "name", spec.name());
            checks.requireText(file, line, label, "summary", spec.summary());
            if (spec.settings() == null || spec.settings().isEmpty()) {
                checks.problem(file, line, label + ": list the settings it fits");
            }
            checks.checkCitations(file, line, label, spec.citations());
            options.add(new FundingOption(
                    spec.id(),
                    spec.kind(),
                    spec.name(),
                    spec.agency(),
                    spec.summary() == null ? "" : spec.summary().strip(),
                    spec.settings() == null ? List.of() : spec.settings(),
                    spec.citations() == null ? List.of() : spec.citations()));
        }
        return options;
    }
}
