package org.prss.advisor.assessment;

import java.util.Optional;
import org.prss.advisor.engine.AnswerFact;
import org.prss.advisor.engine.Outcome;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Status;

/**
 * A person's checklist answer that disagreed with the facts that settled its item, as the finding shows both: the
 * answer and its note, what the facts alone settled the item as, and the less favourable of the two, which the
 * finding took (before any waiver).
 *
 * @param id      the item
 * @param note    the answer's note, or null
 * @param byFacts MET, PARTIAL or GAP: what the facts alone would make the item
 * @param status  the status taken: the less favourable of the answer's and the facts'
 */
public record AnswerDisagreement(String id, AnswerValue answer, String note, Status byFacts, Status status) {

    /** The disagreement an outcome weighed, if any. */
    static Optional<AnswerDisagreement> of(Outcome outcome) {
        AnswerFact answer = outcome.disagreeingAnswer();
        if (answer == null) {
            return Optional.empty();
        }
        String note = answer.note() == null || answer.note().isBlank()
                ? null
                : answer.note().strip();
        Status taken = outcome.statusBeforeWaiver() == null ? outcome.getStatus() : outcome.statusBeforeWaiver();
        return Optional.of(
                new AnswerDisagreement(outcome.getItemId(), answer.value(), note, outcome.statusByFacts(), taken));
    }

    /** The answer as the team's agenda shows one: "PARTIAL - Settlement money ends June 2028", or "YES". */
    public String answerText() {
        return answer + (note == null ? "" : " - " + note);
    }
}
