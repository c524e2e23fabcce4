package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks the thresholds file: every threshold has an id used once, a citation, and a declared type its
 * value fits.
 */
final class ThresholdsReader {

    private record ThresholdSpec(
            String id,
            String type,
            String value,
            List<String> values,
            String unit,
            String description,
            List<Citation> citations,
            String reading) {}

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    ThresholdsReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    List<Threshold> read(LocatedYaml yaml) {
        List<Threshold> thresholds = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("thresholds")) {
            ThresholdSpec spec = checks.bind(file, entry, ThresholdSpec.class);
            if (spec == null) {
                continue;
            }
            if (KnowledgeChecks.blank(spec.id())) {
                checks.problem(file, entry.line(), "a threshold needs an id");
                continue;
            }
            checks.claimId(file, entry.line(), spec.id());
            checks.checkCitations(file, entry.line(), "threshold '" + spec.id() + "'", spec.citations());
            ThresholdType type = type(entry, spec);
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
    private ThresholdType type(LocatedYaml.Entry entry, ThresholdSpec spec) {
        String label = "threshold '" + spec.id() + "'";
        if (KnowledgeChecks.blank(spec.type())) {
            checks.problem(
                    file, entry.line(), label + " needs a type: one of " + String.join(", ", ThresholdType.words()));
            return null;
        }
        ThresholdType type = ThresholdType.named(spec.type()).orElse(null);
        if (type == null) {
            checks.problem(
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
            checks.problem(
                    file,
                    LocatedYaml.fieldLine(file, entry.line(), field),
                    label + " is declared a " + type.word() + ", but its " + field + " is " + found + "; expected "
                            + type.expected());
            return null;
        }
        return type;
    }
}
