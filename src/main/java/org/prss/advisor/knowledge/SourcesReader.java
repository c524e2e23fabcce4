package org.prss.advisor.knowledge;

/** Reads the source registry: every source has a short name, used once, and a title; citations name these. */
final class SourcesReader {

    private record SourceSpec(String shortName, String title, String publisher, Integer year, String note) {}

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    SourcesReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    /** Registers each source with the checks, so that the files read after it may cite it. */
    void read(LocatedYaml yaml) {
        for (LocatedYaml.Entry entry : yaml.list("sources")) {
            SourceSpec spec = checks.bind(file, entry, SourceSpec.class);
            if (spec == null) {
                continue;
            }
            if (KnowledgeChecks.blank(spec.shortName()) || KnowledgeChecks.blank(spec.title())) {
                checks.problem(file, entry.line(), "a source needs a shortName and a title");
            } else if (!checks.register(new Source(
                    spec.shortName(),
                    spec.title(),
                    spec.publisher(),
                    spec.year() == null ? 0 : spec.year(),
                    spec.note()))) {
                checks.problem(file, entry.line(), "source '" + spec.shortName() + "' is registered twice");
            }
        }
        if (checks.sources().isEmpty()) {
            checks.problem(file, 0, "no sources are registered");
        }
    }
}
