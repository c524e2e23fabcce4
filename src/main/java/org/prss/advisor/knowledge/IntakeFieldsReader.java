package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads and checks the intake field list: each path once, a label and meaning, onlyIf entries with values and items;
 * item ids are checked once all is read.
 */
final class IntakeFieldsReader {

    private static final Pattern PATH = Pattern.compile("^(program|facts)(\\.[a-z][A-Za-z]*)+$");

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    IntakeFieldsReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record FieldSpec(
            String path,
            String label,
            String meaning,
            String unit,
            List<String> items,
            List<IntakeField.OnlyIf> onlyIf) {}

    List<IntakeField> read(LocatedYaml yaml) {
        List<IntakeField> fields = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list("fields")) {
            FieldSpec spec = checks.bind(file, entry, FieldSpec.class);
            if (spec == null) {
                continue;
            }
            if (spec.path() == null || !PATH.matcher(spec.path()).matches()) {
                checks.problem(
                        file, entry.line(), "field path '" + spec.path() + "' must look like facts.caseloadPerPeer");
                continue;
            }
            if (seen.putIfAbsent(spec.path(), entry.line()) != null) {
                checks.problem(
                        file,
                        entry.line(),
                        "field " + spec.path() + " is listed twice (first at line " + seen.get(spec.path()) + ")");
            }
            checks.requireText(file, entry.line(), "field " + spec.path(), "label", spec.label());
            checks.requireText(file, entry.line(), "field " + spec.path(), "meaning", spec.meaning());
            if (spec.onlyIf() != null
                    && spec.onlyIf().stream()
                            .anyMatch(o -> o.values().isEmpty() || o.items().isEmpty())) {
                checks.problem(
                        file, entry.line(), "field " + spec.path() + ": every onlyIf entry needs values and items");
            }
            fields.add(new IntakeField(
                    spec.path(),
                    spec.label(),
                    spec.meaning(),
                    spec.unit(),
                    spec.items(),
                    spec.onlyIf(),
                    file.displayPath(),
                    entry.line()));
        }
        return fields;
    }
}
