package org.prss.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.AnswerValue;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Status;
import org.prss.advisor.model.Waiver;

/**
 * What the rules decided for one item: status, the observation in the program's own terms, the input paths it
 * rests on, and any sources it drew on beyond its item's citations (a state's row, a second source on that row).
 * The rules insert one per item; waiver rules may then modify it.
 */
public final class Outcome {

    private final String itemId;
    private Basis basis;
    private final List<String> evidence;
    private final List<String> notes = new ArrayList<>();
    private final List<Citation> citations = new ArrayList<>();
    private final List<ReadingChoice> readings = new ArrayList<>();
    private Status status;
    private Status statusBeforeWaiver;
    private String observation;
    private Waiver waiver;
    private boolean waiverExpired;
    private boolean answerNoted;
    private AnswerFact disagreeingAnswer;
    private Status statusByFacts;
    private String rule;

    private Outcome(String itemId, Status status, Basis basis, String observation, List<String> evidence) {
        this.itemId = itemId;
        this.status = status;
        this.basis = basis;
        this.observation = observation;
        this.evidence = new ArrayList<>(evidence);
    }

    public static Outcome of(String itemId, Status status, Basis basis, String observation, String... evidence) {
        return new Outcome(itemId, status, basis, observation, List.of(evidence));
    }

    /** Adds the sources this outcome drew on beyond its item's citations; the finding cites them after the item's. */
    public Outcome citing(List<Citation> sources) {
        citations.addAll(sources);
        return this;
    }

    /** The declared readings this outcome rests on (the alternatives taken); the finding names them. */
    public Outcome restingOn(ReadingChoice... choices) {
        for (ReadingChoice c : choices) {
            if (!readings.contains(c)) {
                readings.add(c);
            }
        }
        return this;
    }

    /** A waiver in force: the finding stays visible as WAIVED, with its original status kept. */
    public void waive(Waiver w) {
        statusBeforeWaiver = status;
        status = Status.WAIVED;
        waiver = w;
        notes.add("Waived until " + w.expires() + " by " + w.approvedBy() + ": "
                + w.justification().strip() + " (without the waiver: " + statusBeforeWaiver + ").");
        evidence.add("waivers[" + itemId + "]");
    }

    /** A waiver that has lapsed no longer applies, and the finding says so. */
    public void noteExpiredWaiver(Waiver w) {
        waiver = w;
        waiverExpired = true;
        notes.add("A waiver approved by " + w.approvedBy() + " expired on " + w.expires() + " and no longer applies.");
        evidence.add("waivers[" + itemId + "]");
    }

    /**
     * A checklist answer that disagrees with the facts that decided this item. Where the facts settled it (MET, PARTIAL
     * or GAP), the outcome takes the less favourable of the two and says what each gave; where they left it open or
     * found it not applicable, an answer cannot settle it, and the outcome says so.
     */
    public void weighAnswer(AnswerFact answer) {
        answerNoted = true;
        evidence.add("answers." + itemId);
        Status answered = statusOf(answer.value());
        if (!SETTLED.contains(status) || answered == null) {
            notes.add("The checklist " + answer.describe()
                    + (status == Status.UNKNOWN
                            ? ", but an answer cannot settle what the program's facts leave open."
                            : ", but the program's facts decide this item."));
            return;
        }
        disagreeingAnswer = answer;
        statusByFacts = status;
        if (SETTLED.indexOf(answered) > SETTLED.indexOf(status)) {
            status = answered;
            basis = Basis.FACTS_LOWERED_BY_ANSWER;
            notes.add("The checklist " + answer.describe() + ", less than the program's facts show: they alone would"
                    + " make this " + statusByFacts + ". The finding takes the less favourable of the two, " + status
                    + ", until the answer and the facts agree.");
        } else {
            notes.add("The checklist " + answer.describe() + ", but the program's facts decide this item. They make it "
                    + status + ", the less favourable of the two.");
        }
    }

    /** The statuses facts or answers settle an item with, most favourable first. */
    private static final List<Status> SETTLED = List.of(Status.MET, Status.PARTIAL, Status.GAP);

    private static Status statusOf(AnswerValue answer) {
        return switch (answer) {
            case YES -> Status.MET;
            case PARTIAL -> Status.PARTIAL;
            case NO -> Status.GAP;
            case UNKNOWN -> null;
        };
    }

    /**
     * A finding met on the facts whose item asks more than the facts show: partly met until the agency confirms the
     * rest, a gap when its answer says the rest is not done (the answer is then noted here, not as a contradiction).
     *
     * @param open   what is left to the agency, in words ("that HR or counsel has checked the rule against the ADA")
     * @param answer the agency's NO, or null when it has not answered YES or NO
     */
    public void awaitAgency(String open, AnswerFact answer) {
        if (answer == null) {
            status = Status.PARTIAL;
            notes.add("The facts settle only part of this item: confirm " + open + ", then answer " + itemId + " YES.");
        } else {
            status = Status.GAP;
            answerNoted = true;
            notes.add("The checklist " + answer.describe() + ", so the part the facts cannot show is still open: "
                    + open + ".");
        }
        if (!evidence.contains("answers." + itemId)) {
            evidence.add("answers." + itemId);
        }
    }

    /** True when the given answer says the same as this outcome's status. */
    public boolean agreesWith(AnswerValue answer) {
        return answer == AnswerValue.UNKNOWN || statusOf(answer) == status;
    }

    void recordRule(String ruleName) {
        if (rule == null) {
            rule = ruleName;
        }
    }

    /** The observation followed by any notes the later rules added. */
    public String rationale() {
        if (notes.isEmpty()) {
            return observation;
        }
        return observation + " " + String.join(" ", notes);
    }

    public String getItemId() {
        return itemId;
    }

    public Status getStatus() {
        return status;
    }

    public Basis getBasis() {
        return basis;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isWaiverNoted() {
        return waiver != null;
    }

    public boolean isAnswerNoted() {
        return answerNoted;
    }

    /** The answer that disagreed with the facts that settled this item, or null. */
    public AnswerFact disagreeingAnswer() {
        return disagreeingAnswer;
    }

    /** What the facts alone settled this item as, where an answer disagreed with them; null otherwise. */
    public Status statusByFacts() {
        return statusByFacts;
    }

    public Status statusBeforeWaiver() {
        return statusBeforeWaiver;
    }

    public Waiver waiver() {
        return waiver;
    }

    public boolean waiverExpired() {
        return waiverExpired;
    }

    public List<String> evidence() {
        return List.copyOf(evidence);
    }

    public List<Citation> citations() {
        return List.copyOf(citations);
    }

    public List<ReadingChoice> readings() {
        return List.copyOf(readings);
    }

    public String rule() {
        return rule;
    }
}
