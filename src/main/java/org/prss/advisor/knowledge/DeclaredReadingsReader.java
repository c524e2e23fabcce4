package org.prss.advisor.knowledge;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prss.advisor.model.Citation;
import org.prss.advisor.text.NearestName;

/** Reads and checks the declared readings (checklists/readings.yaml): each cited, with two or more alternatives. */
final class DeclaredReadingsReader {

    /** The list a readings file holds. */
    static final String LIST = "declaredReadings";

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    DeclaredReadingsReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record ReadingSpec(
            String id,
            String title,
            String source,
            List<Citation> citations,
            @JsonProperty("default") String fallback,
            List<DeclaredReading.Alternative> alternatives,
            String why) {}

    List<DeclaredReading> read(LocatedYaml yaml) {
        List<DeclaredReading> readings = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list(LIST)) {
            ReadingSpec spec = checks.bind(file, entry, ReadingSpec.class);
            if (spec == null) {
                continue;
            }
            int line = entry.line();
            if (KnowledgeChecks.blank(spec.id())
                    || !KnowledgeChecks.ID.matcher(spec.id()).matches()) {
                checks.problem(
                        file,
                        line,
                        "reading id '" + spec.id()
                                + "' must be upper-case words joined by hyphens, like MEDICAID-NON-CLINICAL-SETTING");
                continue;
            }
            String label = "reading " + spec.id();
            checks.claimId(file, line, spec.id());
            checks.requireText(file, line, label, "title", spec.title());
            checks.requireText(file, line, label, "source (what the sources say, in our words)", spec.source());
            checks.requireText(file, line, label, "why (why the advisor takes its default)", spec.why());
            checks.checkCitations(file, line, label, spec.citations());
            List<DeclaredReading.Alternative> alternatives =
                    spec.alternatives() == null ? List.of() : spec.alternatives();
            if (alternatives.size() < 2) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, line, "alternatives"),
                        label + ": list at least two alternatives (the advisor's reading and another)");
            }
            Set<String> seen = new HashSet<>();
            for (DeclaredReading.Alternative a : alternatives) {
                int at = LocatedYaml.fieldLine(file, line, "alternatives");
                if (a == null
                        || KnowledgeChecks.blank(a.id())
                        || !KnowledgeChecks.ID.matcher(a.id()).matches()) {
                    checks.problem(
                            file,
                            at,
                            label + ": an alternative's id must be upper-case words joined by hyphens, like"
                                    + " CONFIRM-OUTSIDE-CLINICS");
                    continue;
                }
                if (!seen.add(a.id())) {
                    checks.problem(file, at, label + ": alternative " + a.id() + " is listed twice");
                }
                checks.requireText(file, at, label + ", alternative " + a.id(), "reads", a.reads());
                checks.requireText(file, at, label + ", alternative " + a.id(), "decides", a.decides());
            }
            if (KnowledgeChecks.blank(spec.fallback()) || !seen.contains(spec.fallback())) {
                checks.problem(
                        file,
                        LocatedYaml.fieldLine(file, line, "default"),
                        label + ": default '" + spec.fallback() + "' must name one of its alternatives ("
                                + String.join(", ", seen) + ")"
                                + NearestName.fieldSuffix(spec.fallback() == null ? "" : spec.fallback(), seen));
            }
            readings.add(new DeclaredReading(
                    spec.id(),
                    strip(spec.title()),
                    strip(spec.source()),
                    spec.citations() == null ? List.of() : spec.citations(),
                    spec.fallback(),
                    alternatives.stream()
                            .filter(a -> a != null && a.id() != null)
                            .map(a -> new DeclaredReading.Alternative(a.id(), strip(a.reads()), strip(a.decides())))
                            .toList(),
                    strip(spec.why()),
                    file.displayPath(),
                    line));
        }
        return readings;
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
