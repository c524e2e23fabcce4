package org.prss.advisor.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks a second source's statements on states' recovery rules: one citation for the file, then per state
 * the reading, the statement in our words, which reading the advisor follows and why. That each state is in the table
 * is checked when the two are joined.
 */
final class RecoveryStatementReader {

    static final String LIST = "recoveryStatements";

    /** A statement and the line it starts on. */
    record Located(RecoveryStatement statement, KnowledgeFile file, int line) {}

    private enum Follows {
        TABLE,
        SECOND
    }

    private record StatementSpec(
            String state, RecoveryTime.Kind recovery, Double years, String says, Follows follows, String because) {}

    private final KnowledgeLoader loader;
    private final KnowledgeFile file;

    RecoveryStatementReader(KnowledgeLoader loader, KnowledgeFile file) {
        this.loader = loader;
        this.file = file;
    }

    List<Located> read(LocatedYaml yaml) {
        List<Located> statements = new ArrayList<>();
        Citation citation = citation(yaml);
        Set<String> seen = new HashSet<>();
        for (LocatedYaml.Entry entry : yaml.list(LIST)) {
            StatementSpec spec = loader.bind(file, entry, StatementSpec.class);
            if (spec == null) {
                continue;
            }
            int line = entry.line();
            String label = "recovery statement " + spec.state();
            if (KnowledgeLoader.blank(spec.state()) || !seen.add(spec.state())) {
                loader.problem(file, line, "each recovery statement needs a state, listed once (" + spec.state() + ")");
                continue;
            }
            if (spec.recovery() == null || spec.recovery() == RecoveryTime.Kind.NOT_STATED) {
                loader.problem(
                        file,
                        line,
                        label + ": recovery must be REQUIRED, SUGGESTED, RECOVERY_NO_LENGTH,"
                                + " LIVED_EXPERIENCE or NONE_REQUIRED");
                continue;
            }
            boolean lengthKind =
                    spec.recovery() == RecoveryTime.Kind.REQUIRED || spec.recovery() == RecoveryTime.Kind.SUGGESTED;
            if ((spec.recovery() == RecoveryTime.Kind.REQUIRED && spec.years() == null)
                    || (!lengthKind && spec.years() != null)) {
                loader.problem(
                        file, line, label + ": years goes with REQUIRED (and may go with SUGGESTED), and only there");
            }
            if (spec.follows() == null) {
                loader.problem(file, line, label + ": follows must be TABLE or SECOND");
            }
            loader.requireText(file, line, label, "says", spec.says());
            loader.requireText(file, line, label, "because", spec.because());
            statements.add(new Located(
                    new RecoveryStatement(
                            spec.state(),
                            new RecoveryTime(spec.recovery(), spec.years()),
                            strip(spec.says()),
                            spec.follows() == Follows.SECOND,
                            strip(spec.because()),
                            citation),
                    file,
                    line));
        }
        return statements;
    }

    private Citation citation(LocatedYaml yaml) {
        Citation citation = null;
        if (yaml.field("citation") != null) {
            try {
                citation = LocatedYaml.MAPPER.treeToValue(yaml.field("citation"), Citation.class);
            } catch (JsonProcessingException e) {
                loader.problem(
                        file,
                        1,
                        "citation: "
                                + e.getOriginalMessage().lines().findFirst().orElse("cannot be read"));
            }
        }
        loader.checkCitations(file, 1, "recovery statements", citation == null ? List.of() : List.of(citation));
        return citation;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
