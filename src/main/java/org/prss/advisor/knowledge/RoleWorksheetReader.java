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

    private final KnowledgeLoader loader;
    private final KnowledgeFile file;

    RoleWorksheetReader(KnowledgeLoader loader, KnowledgeFile file) {
        this.loader = loader;
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
            Domain.Group category = loader.bind(file, entry, Domain.Group.class);
            if (category != null) {
                categoryNames.put(category.id(), category.name());
                categories.add(category);
            }
        }
        List<RoleActivity> activities = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("activities")) {
            ActivitySpec spec = loader.bind(file, entry, ActivitySpec.class);
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
        if (KnowledgeLoader.blank(spec.id())
                || !KnowledgeLoader.ID.matcher(spec.id()).matches()) {
            loader.problem(file, line, "activity id '" + spec.id() + "' must be upper-case words joined by hyphens");
            return false;
        }
        String label = "activity " + spec.id();
        loader.claimId(file, line, spec.id());
        if (!categories.containsKey(spec.category())) {
            loader.problem(
                    file,
                    line,
                    label + ": unknown category '" + spec.category() + "'"
                            + NearestName.fieldSuffix(String.valueOf(spec.category()), categories.keySet()));
        }
        loader.requireText(file, line, label, "activity", spec.activity());
        loader.checkCitations(
                file, line, label + " worksheet", spec.worksheet() == null ? List.of() : List.of(spec.worksheet()));
        boolean complete = answer(line, label, "partOfRole", spec.partOfRole())
                & answer(line, label, "conflictsWithValues", spec.conflictsWithValues())
                & answer(line, label, "anotherRoleBetter", spec.anotherRoleBetter());
        if (complete
                && spec.partOfRole().answer() == WorksheetAnswer.Value.YES
                && spec.conflictsWithValues().answer() == WorksheetAnswer.Value.YES) {
            loader.problem(
                    file,
                    line,
                    label + ": answers contradict each other: part of the role YES and conflicts with peer values YES");
        }
        if (spec.keywords() == null || spec.keywords().isEmpty()) {
            loader.problem(file, line, label + ": needs keywords for matching job-description duties");
        }
        return complete;
    }

    private boolean answer(int line, String label, String question, WorksheetAnswer answer) {
        String where = label + " " + question;
        if (answer == null || answer.answer() == null) {
            loader.problem(file, line, where + ": missing answer (YES, NO or CONDITIONAL)");
            return false;
        }
        if (answer.answer() == WorksheetAnswer.Value.CONDITIONAL && KnowledgeLoader.blank(answer.condition())) {
            loader.problem(file, line, where + ": a CONDITIONAL answer needs its condition");
        }
        if (answer.answer() == WorksheetAnswer.Value.CONDITIONAL && !KnowledgeLoader.blank(answer.caution())) {
            loader.problem(
                    file,
                    line,
                    where + ": a CONDITIONAL answer states its condition, not a caution; a caution goes with a plain"
                            + " answer");
        }
        loader.requireText(file, line, where, "rationale", answer.rationale());
        if (answer.citations().isEmpty() && !answer.unsettled()) {
            loader.problem(
                    file, line, where + ": missing citation (or mark it unsettled: true and say why in the rationale)");
        } else if (!answer.citations().isEmpty()) {
            loader.checkCitations(file, line, where, answer.citations());
        }
        return true;
    }
}
