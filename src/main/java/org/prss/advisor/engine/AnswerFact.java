package org.prss.advisor.engine;

import org.prss.advisor.model.AnswerValue;

/** A checklist answer as the rules see it. */
public record AnswerFact(String itemId, AnswerValue value, String note) {

    /** How the answer reads in a rationale: "answered NO (note: ...)". */
    public String describe() {
        return "answered " + value + (note == null || note.isBlank() ? "" : " (note: " + note.strip() + ")");
    }
}
