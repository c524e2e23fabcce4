package org.prss.advisor.team;

import org.prss.advisor.model.RespondentRole;

/**
 * One respondent of a team self-assessment: the file they filled in, their name (the file's name when they gave
 * none) and their role (null when not stated).
 */
public record TeamMember(String file, String name, RespondentRole role) {

    /** How the workbook and rationales name them: "Dana Ruiz (LEADERSHIP)". */
    public String label() {
        return name + " (" + (role == null ? "role not stated" : role.name()) + ")";
    }
}
