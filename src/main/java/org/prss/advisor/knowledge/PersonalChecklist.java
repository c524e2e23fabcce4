package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * A checklist a peer rates themselves against with their supervisor (LAPPA Toolkit 2021 Appendix G): a supervision
 * tool shown in the workbook, never scored against the agency.
 */
public record PersonalChecklist(String name, String purpose, Citation source, List<Statement> statements) {

    public static final PersonalChecklist EMPTY = new PersonalChecklist("", "", null, List.of());

    /** One statement, in our words, under its heading, with the line of the original. */
    public record Statement(String id, String section, String statement, Citation citation) {}

    public PersonalChecklist {
        statements = List.copyOf(statements);
    }
}
