package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.model.Severity;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks a checklist file, one domain: every item has an id used once, our own wording, a severity and at
 * least one citation to a registered source; the domain's sheet name is one a workbook can have, and its own.
 */
final class ChecklistReader {

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

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    ChecklistReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    /** The file's domain, or null when it names no domain; {@code earlier} are the domains read before it. */
    Domain read(LocatedYaml yaml, List<Domain> earlier) {
        String domainId = KnowledgeChecks.text(yaml.field("domain"));
        String domainName = KnowledgeChecks.text(yaml.field("name"));
        if (KnowledgeChecks.blank(domainId) || KnowledgeChecks.blank(domainName)) {
            checks.problem(file, 1, "a checklist file needs a domain and a name");
            return null;
        }
        Map<String, String> groupNames = new LinkedHashMap<>();
        List<Domain.Group> groups = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("groups")) {
            Domain.Group group = checks.bind(file, entry, Domain.Group.class);
            if (group != null) {
                groupNames.put(group.id(), group.name());
                groups.add(group);
            }
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("items")) {
            ItemSpec spec = checks.bind(file, entry, ItemSpec.class);
            if (spec != null && checkItem(entry.line(), spec, groupNames)) {
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
                        KnowledgeChecks.blank(spec.factsLeaveOpen())
                                ? null
                                : spec.factsLeaveOpen().strip(),
                        file.displayPath(),
                        entry.line()));
            }
        }
        if (items.isEmpty()) {
            checks.problem(file, 1, "the checklist has no items");
        }
        String sheet = sheet(yaml, domainName, earlier);
        boolean scored = yaml.field("scored") == null || yaml.field("scored").asBoolean(true);
        return new Domain(domainId, domainName, sheet, scored, groups, items);
    }

    /** The domain's sheet name (its name and " Checklist" unless set), checked against the workbook and others. */
    private String sheet(LocatedYaml yaml, String domainName, List<Domain> earlier) {
        String sheet =
                yaml.field("sheet") == null ? domainName + " Checklist" : KnowledgeChecks.text(yaml.field("sheet"));
        int sheetLine = yaml.field("sheet") == null ? 1 : LocatedYaml.fieldLine(file, 1, "sheet");
        if (sheet.length() > Domain.MAX_SHEET_NAME || !sheet.matches("[^\\\\/?*\\[\\]:]+")) {
            checks.problem(
                    file,
                    sheetLine,
                    "sheet name '" + sheet + "' must be at most " + Domain.MAX_SHEET_NAME
                            + " characters without \\ / ? * [ ] or : (set a shorter one with sheet:)");
        }
        Domain.FIXED_SHEETS.stream()
                .filter(sheet::equalsIgnoreCase)
                .findFirst()
                .ifPresent(fixed -> checks.problem(
                        file,
                        sheetLine,
                        "sheet name '" + sheet + "' is taken by the workbook's own " + fixed
                                + " sheet; choose another with sheet:"));
        earlier.stream()
                .filter(d -> d.sheet().equalsIgnoreCase(sheet))
                .findFirst()
                .ifPresent(other -> checks.problem(
                        file,
                        sheetLine,
                        "sheet name '" + sheet + "' is already the " + other.id()
                                + " domain's; each domain needs its own"));
        return sheet;
    }

    private boolean checkItem(int line, ItemSpec spec, Map<String, String> groups) {
        int before = checks.problemCount();
        if (KnowledgeChecks.blank(spec.id())
                || !KnowledgeChecks.ID.matcher(spec.id()).matches()) {
            checks.problem(
                    file,
                    line,
                    "item id '" + spec.id() + "' must be upper-case words joined by hyphens, like RDY-LEAD-01");
            return false;
        }
        String label = "item " + spec.id();
        checks.claimId(file, line, spec.id());
        if (spec.group() != null && !groups.containsKey(spec.group())) {
            checks.problem(
                    file,
                    line,
                    label + ": unknown group '" + spec.group() + "'"
                            + NearestName.fieldSuffix(spec.group(), groups.keySet()));
        }
        checks.requireText(file, line, label, "title", spec.title());
        checks.requireText(file, line, label, "question", spec.question());
        checks.requireText(file, line, label, "why", spec.why());
        checks.requireText(file, line, label, "recommendation", spec.recommendation());
        if (spec.severity() == null || spec.severity() == Severity.INFO) {
            checks.problem(file, line, label + ": severity must be CRITICAL, HIGH, MEDIUM or LOW");
        }
        checks.checkCitations(file, line, label, spec.citations());
        return checks.problemCount() == before;
    }
}
