package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.model.Citation;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks the role worksheet file: every activity has the three answers, each answer a rationale and
 * either a citation or an explicit "not settled by the sources", and the answers do not contradict each other.
 */
final class RoleWorksheetReader {

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    RoleWorksheetReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record ActivitySpec(
            String id,
            String category,
            String activity,
            Citation worksheet,
            WorksheetAnswer partOfRole,
            WorksheetAnswer conflictsWithValues,
            WorksheetAnswer anotherRoleBetter,
            List<String> keywords) {}

    RoleWorksheet read(LocatedYaml yaml) {
        Map<String, String> categoryNames = new LinkedHashMap<>();
        List<Domain.Group> categories = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("categories")) {
            Domain.Group category = checks.bind(file, entry, Domain.Group.class);
            if (category != null) {
                categoryNames.put(category.id(), category.name());
                categories.add(category);
            }
        }
        List<RoleActivity> activities = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("activities")) {
            ActivitySpec spec = checks.bind(file, entry, ActivitySpec.class);
            if (spec != null && check(entry.line(), spec, categoryNames)) {
                activities.add(new RoleActivity(
                        spec.id(),
                        spec.category(),
                        categoryNames.get(spec.category()),
                        spec.activity().strip(),
                        spec.worksheet(),
                        spec.partOfRole(),
                        spec.conflictsWithValues(),
                        spec.anotherRoleBetter(),
                        spec.keywords(),
                        file.displayPath(),
                        entry.line()));
            }
        }
        String name = yaml.field("name") == null
                ? "Role worksheet"
                : yaml.field("name").asText();
        return new RoleWorksheet(name, categories, activities);
    }

    private boolean check(int line, ActivitySpec spec, Map<String, String> categories) {
        if (KnowledgeChecks.blank(spec.id())
                || !KnowledgeChecks.ID.matcher(spec.id()).matches()) {
            checks.problem(file, line, "activity id '" + spec.id() + "' must be upper-case words joined by hyphens");
            return false;
        }
        String label = "activity " + spec.id();
        checks.claimId(file, line, spec.id());
        if (!categories.containsKey(spec.category())) {
            checks.problem(
                    file,
                    line,
                    label + ": unknown category '" + spec.category() + "'"
                            + NearestName.fieldSuffix(String.valueOf(spec.category()), categories.keySet()));
        }
        checks.requireText(file, line, label, "activity", spec.activity());
        checks.checkCitations(
                file, line, label + " worksheet", spec.worksheet() == null ? List.of() : List.of(spec.worksheet()));
        boolean complete = answer(line, label, "partOfRole", spec.partOfRole())
                & answer(line, label, "conflictsWithValues", spec.conflictsWithValues())
                & answer(line, label, "anotherRoleBetter", spec.anotherRoleBetter());
        if (complete
                && spec.partOfRole().answer() == WorksheetAnswer.Value.YES
                && spec.conflictsWithValues().answer() == WorksheetAnswer.Value.YES) {
            checks.problem(
                    file,
                    line,
                    label + ": answers contradict each other: part of the role YES and conflicts with peer values YES");
        }
        if (spec.keywords() == null || spec.keywords().isEmpty()) {
            checks.problem(file, line, label + ": needs keywords for matching job-description duties");
        }
        return complete;
    }

    private boolean answer(int line, String label, String question, WorksheetAnswer answer) {
        String where = label + " " + question;
        if (answer == null || answer.answer() == null) {
            checks.problem(file, line, where + ": missing answer (YES, NO or CONDITIONAL)");
            return false;
        }
        if (answer.answer() == WorksheetAnswer.Value.CONDITIONAL && KnowledgeChecks.blank(answer.condition())) {
            checks.problem(file, line, where + ": a CONDITIONAL answer needs its condition");
        }
        if (answer.answer() == WorksheetAnswer.Value.CONDITIONAL && !KnowledgeChecks.blank(answer.caution())) {
            checks.problem(
                    file,
                    line,
                    where + ": a CONDITIONAL answer states its condition, not a caution; a caution goes with a plain"
                            + " answer");
        }
        checks.requireText(file, line, where, "rationale", answer.rationale());
        if (answer.citations().isEmpty() && !answer.unsettled()) {
            checks.problem(
                    file, line, where + ": missing citation (or mark it unsettled: true and say why in the rationale)");
        } else if (!answer.citations().isEmpty()) {
            checks.checkCitations(file, line, where, answer.citations());
        }
        return true;
    }
}
