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

    private final KnowledgeLoader loader;
    private final KnowledgeFile file;

    MedicaidStatementReader(KnowledgeLoader loader, KnowledgeFile file) {
        this.loader = loader;
        this.file = file;
    }

    List<KnowledgeLoader.Located<MedicaidStatement>> read(LocatedYaml yaml) {
        List<KnowledgeLoader.Located<MedicaidStatement>> statements = new ArrayList<>();
        Citation citation = loader.fileCitation(file, yaml, "Medicaid statements");
        for (KnowledgeLoader.Bound<StatementSpec> b : loader.oncePerState(
                file, yaml, LIST, StatementSpec.class, StatementSpec::state, "Medicaid statement")) {
            StatementSpec spec = b.spec();
            String label = "Medicaid statement " + spec.state();
            loader.requireText(file, b.line(), label, "says", spec.says());
            loader.requireText(file, b.line(), label, "governs", spec.governs());
            statements.add(new KnowledgeLoader.Located<>(
                    spec.state(),
                    new MedicaidStatement(
                            spec.state(),
                            KnowledgeLoader.stripped(spec.says()),
                            KnowledgeLoader.stripped(spec.governs()),
                            citation),
                    file,
                    b.line()));
        }
        return statements;
    }
}
