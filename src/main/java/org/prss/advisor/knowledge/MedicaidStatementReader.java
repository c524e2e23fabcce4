package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks a second source's statements on states' Medicaid coverage: one citation for the file, then per
 * state the statement in our words and which source governs for which services. That each state is in the table is
 * checked when the two are joined.
 */
final class MedicaidStatementReader {

    static final String LIST = "medicaidStatements";

    private record StatementSpec(String state, String says, String governs) {}

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    MedicaidStatementReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    List<LocatedStatement<MedicaidStatement>> read(LocatedYaml yaml) {
        List<LocatedStatement<MedicaidStatement>> statements = new ArrayList<>();
        Citation citation = checks.fileCitation(file, yaml, "Medicaid statements");
        for (KnowledgeChecks.Bound<StatementSpec> b : checks.oncePerState(
                file, yaml, LIST, StatementSpec.class, StatementSpec::state, "Medicaid statement")) {
            StatementSpec spec = b.spec();
            String label = "Medicaid statement " + spec.state();
            checks.requireText(file, b.line(), label, "says", spec.says());
            checks.requireText(file, b.line(), label, "governs", spec.governs());
            statements.add(new LocatedStatement<>(
                    spec.state(),
                    new MedicaidStatement(
                            spec.state(),
                            KnowledgeChecks.stripped(spec.says()),
                            KnowledgeChecks.stripped(spec.governs()),
                            citation),
                    file,
                    b.line()));
        }
        return statements;
    }
}
