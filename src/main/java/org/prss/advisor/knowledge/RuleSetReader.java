package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Reads the rule set file: its name and version, which every output states, and the order of its domains. */
final class RuleSetReader {

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;
    private final LocatedYaml yaml;

    RuleSetReader(KnowledgeChecks checks, KnowledgeFile file, LocatedYaml yaml) {
        this.checks = checks;
        this.file = file;
        this.yaml = yaml;
    }

    /** The rule set's name and version, with the hash of every file loaded. */
    RuleSetInfo read(String hash) {
        String name = KnowledgeChecks.text(yaml.field("name"));
        String version = KnowledgeChecks.text(yaml.field("version"));
        if (KnowledgeChecks.blank(name) || KnowledgeChecks.blank(version)) {
            checks.problem(file, 1, "the rule set needs a name and a version");
        }
        return new RuleSetInfo(name, version, hash);
    }

    /** Domains in the order the file lists them; a domain it does not list is an error, not a silent tail. */
    List<Domain> inOrder(List<Domain> domains) {
        List<String> order = new ArrayList<>();
        yaml.list("domains").forEach(e -> order.add(e.node().asText()));
        List<Domain> ordered = new ArrayList<>();
        for (String id : order) {
            domains.stream().filter(d -> d.id().equals(id)).forEach(ordered::add);
        }
        for (Domain d : domains) {
            if (!order.contains(d.id())) {
                checks.problem(
                        file, 1, "domain " + d.id() + " is not listed under domains; add it where it should appear");
                ordered.add(d);
            }
        }
        return ordered;
    }
}
