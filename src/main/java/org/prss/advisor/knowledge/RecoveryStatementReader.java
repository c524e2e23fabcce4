package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks a second source's statements on states' recovery rules: one citation for the file, then per state
 * the reading, the statement in our words, which reading the advisor follows and why. That each state is in the table
 * is checked when the two are joined.
 */
final class RecoveryStatementReader {

    static final String LIST = "recoveryStatements";

    private enum Follows {
        TABLE,
        SECOND
    }

    private record StatementSpec(
            String state, RecoveryTime.Kind recovery, Double years, String says, Follows follows, String because) {}

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    RecoveryStatementReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    List<LocatedStatement<RecoveryStatement>> read(LocatedYaml yaml) {
        List<LocatedStatement<RecoveryStatement>> statements = new ArrayList<>();
        Citation citation = checks.fileCitation(file, yaml, "recovery statements");
        for (KnowledgeChecks.Bound<StatementSpec> b : checks.oncePerState(
                file, yaml, LIST, StatementSpec.class, StatementSpec::state, "recovery statement")) {
            StatementSpec spec = b.spec();
            int line = b.line();
            String label = "recovery statement " + spec.state();
            if (spec.recovery() == null) {
                checks.problem(
                        file,
                        line,
                        label + ": recovery must be REQUIRED, SUGGESTED, RECOVERY_NO_LENGTH,"
                                + " LIVED_EXPERIENCE, NONE_REQUIRED or NOT_STATED (the source speaks of the rule"
                                + " but names no length and does not say there is none)");
                continue;
            }
            boolean lengthKind =
                    spec.recovery() == RecoveryTime.Kind.REQUIRED || spec.recovery() == RecoveryTime.Kind.SUGGESTED;
            if ((spec.recovery() == RecoveryTime.Kind.REQUIRED && spec.years() == null)
                    || (!lengthKind && spec.years() != null)) {
                checks.problem(
                        file, line, label + ": years goes with REQUIRED (and may go with SUGGESTED), and only there");
            }
            if (spec.follows() == null) {
                checks.problem(file, line, label + ": follows must be TABLE or SECOND");
            }
            checks.requireText(file, line, label, "says", spec.says());
            checks.requireText(file, line, label, "because", spec.because());
            statements.add(new LocatedStatement<>(
                    spec.state(),
                    new RecoveryStatement(
                            spec.state(),
                            new RecoveryTime(spec.recovery(), spec.years()),
                            KnowledgeChecks.stripped(spec.says()),
                            spec.follows() == Follows.SECOND,
                            KnowledgeChecks.stripped(spec.because()),
                            citation),
                    file,
                    line));
        }
        return statements;
    }
}
