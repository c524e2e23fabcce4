package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks the job-description sections file: duty headings, each named once, and the citations behind them.
 */
final class JobDescriptionSectionsReader {

    static final String LIST = "dutySections";
    /** Longer than any heading; a longer entry is a sentence pasted by mistake. */
    private static final int MAX_LENGTH = 80;

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    JobDescriptionSectionsReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    JobDescriptionSections read(LocatedYaml yaml) {
        List<String> names = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list(LIST)) {
            String name = entry.node().isTextual() ? entry.node().asText().strip() : "";
            String key = JobDescriptionSections.normalised(name);
            if (key.isEmpty()) {
                checks.problem(
                        file, entry.line(), "a duty section must be a heading's text, like 'Essential Functions'");
            } else if (name.length() > MAX_LENGTH) {
                checks.problem(
                        file,
                        entry.line(),
                        "duty section '" + name + "' is longer than " + MAX_LENGTH
                                + " characters; give the heading, not a sentence");
            } else if (seen.containsKey(key)) {
                checks.problem(
                        file,
                        entry.line(),
                        "duty section '" + name + "' is the same heading as '" + seen.get(key) + "'");
            } else {
                seen.put(key, name);
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            checks.problem(file, 1, "list at least one duty section under " + LIST);
        }
        List<Citation> citations = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("citations")) {
            Citation citation = checks.bind(file, entry, Citation.class);
            if (citation != null) {
                citations.add(citation);
            }
        }
        checks.checkCitations(file, 1, "the duty sections", citations);
        return new JobDescriptionSections(names, citations);
    }
}
