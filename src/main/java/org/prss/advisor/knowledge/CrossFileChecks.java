package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prss.advisor.text.NearestName;

/**
 * The checks that need more than one file, run once every file is read: what one file names, another defines (a
 * signal's activities, an intake field's items, a threshold's reading, a scored domain's weight, a second source's
 * state). Each problem points at the file and line that names the missing thing.
 */
final class CrossFileChecks {

    private final KnowledgeChecks checks;

    CrossFileChecks(KnowledgeChecks checks) {
        this.checks = checks;
    }

    /** A threshold that rests on a reading names one the knowledge declares. */
    void thresholdReadings(KnowledgeFile file, List<Threshold> thresholds, List<DeclaredReading> readings) {
        Set<String> declared = readings.stream().map(DeclaredReading::id).collect(Collectors.toSet());
        for (Threshold t : thresholds) {
            if (t.reading() != null && !declared.contains(t.reading())) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, t.line(), "reading"),
                        "threshold " + t.id() + " rests on reading " + t.reading() + ", which no readings file declares"
                                + NearestName.fieldSuffix(t.reading(), declared));
            }
        }
    }

    /** The state table with each second-source statement on its state's row; a statement on no row is an error. */
    <T> List<StateCertification> withStatements(
            List<StateCertification> table,
            List<LocatedStatement<T>> statements,
            String label,
            Function<StateCertification, T> existing,
            BiFunction<StateCertification, T, StateCertification> with) {
        List<StateCertification> joined = new ArrayList<>(table);
        for (LocatedStatement<T> s : statements) {
            int row = -1;
            for (int i = 0; i < joined.size(); i++) {
                if (joined.get(i).state().equals(s.state())) {
                    row = i;
                }
            }
            if (row < 0) {
                checks.problem(
                        s.file(), s.line(), label + " " + s.state() + ": no such state in " + StateTableReader.FILE);
            } else if (existing.apply(joined.get(row)) != null) {
                checks.problem(s.file(), s.line(), label + " " + s.state() + ": the state has one already");
            } else {
                joined.set(row, with.apply(joined.get(row), s.statement()));
            }
        }
        return joined;
    }

    /** An intake field may name only checklist items that exist. */
    void fieldItems(List<IntakeField> fields, List<Domain> domains) {
        List<String> known = domains.stream()
                .flatMap(d -> d.items().stream())
                .map(ChecklistItem::id)
                .toList();
        for (IntakeField field : fields) {
            List<String> named = new ArrayList<>(field.items());
            field.onlyIf().forEach(o -> named.addAll(o.items()));
            for (String item : named) {
                if (!known.contains(item)) {
                    checks.problem(
                            field.file(),
                            field.line(),
                            "field " + field.path() + ": unknown item '" + item + "'"
                                    + NearestName.fieldSuffix(item, known));
                }
            }
        }
    }

    /** A signal may name only worksheet activities that exist. */
    void signalActivities(RoleLanguage language, RoleWorksheet worksheet) {
        List<String> known =
                worksheet.activities().stream().map(RoleActivity::id).toList();
        for (RoleSignal signal : language.signals()) {
            for (String activity : signal.activities()) {
                if (!known.contains(activity)) {
                    checks.problem(
                            signal.file(),
                            signal.line(),
                            "signal " + signal.id() + ": unknown worksheet activity '" + activity + "'"
                                    + NearestName.fieldSuffix(activity, known));
                }
            }
        }
    }

    /** Every scored domain has a positive weight in the overall score; no other domain has one. */
    void domainWeights(KnowledgeFile file, ScoringPolicy policy, List<Domain> domains) {
        if (policy == null) {
            return;
        }
        Map<String, Double> weights = policy.domainWeights() == null ? Map.of() : policy.domainWeights();
        for (Domain domain : domains) {
            Double weight = weights.get(domain.id());
            if (domain.scored() && (weight == null || weight <= 0)) {
                checks.problem(
                        file,
                        1,
                        "domainWeights: give domain " + domain.id() + " a positive weight in the overall score");
            } else if (!domain.scored() && weight != null) {
                checks.problem(file, 1, "domainWeights: domain " + domain.id() + " is not scored; remove its weight");
            }
        }
        weights.keySet().stream()
                .filter(id -> domains.stream().noneMatch(d -> d.id().equals(id)))
                .sorted()
                .forEach(id -> checks.problem(file, 1, "domainWeights: no domain " + id));
    }
}
