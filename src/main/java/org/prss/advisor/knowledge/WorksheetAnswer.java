package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * The advisor's answer to one of the worksheet's three questions about an activity, with its reasons.
 *
 * @param condition         what the answer depends on, when it is CONDITIONAL
 * @param betterSuitedRole  for "is another staff member better suited?": which one
 * @param unsettled         true where the sources do not settle the question; the rationale then gives our reasoning
 * @param caution           for a plain answer, an ethics caution the sources attach to the activity (what would take
 *                          it out of the role) that is not a precondition of doing it; null when there is none
 */
public record WorksheetAnswer(
        Value answer,
        String condition,
        String betterSuitedRole,
        String rationale,
        List<Citation> citations,
        boolean unsettled,
        String caution) {

    /** Yes, no, or it depends. */
    public enum Value {
        YES,
        NO,
        CONDITIONAL
    }

    public WorksheetAnswer {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** How the answer reads in a cell: "CONDITIONAL: only with consent". */
    public String describe() {
        String role = betterSuitedRole == null ? "" : " (" + betterSuitedRole + ")";
        return answer + role + (condition == null ? "" : ": " + condition);
    }
}
