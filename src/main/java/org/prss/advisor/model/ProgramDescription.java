package org.prss.advisor.model;

import java.util.List;
import java.util.Map;

/**
 * A program description as submitted: identity, facts, checklist answers, role and waivers.
 * Every part is optional; what is missing stays null and is assessed as unknown.
 */
public record ProgramDescription(
        ProgramInfo program, ProgramFacts facts, Map<String, Answer> answers, Role role, List<Waiver> waivers) {

    public ProgramDescription {
        program = program == null ? ProgramInfo.EMPTY : program;
        facts = facts == null ? ProgramFacts.EMPTY : facts;
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        role = role == null ? Role.EMPTY : role;
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    /** The same description for a program in the given setting. */
    public ProgramDescription withSetting(Setting setting) {
        return new ProgramDescription(program.withSetting(setting), facts, answers, role, waivers);
    }
}
