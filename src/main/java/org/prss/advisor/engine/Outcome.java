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
    private final Basis basis;
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

    /** The checklist answer disagreed with the facts that decided the item; say so rather than hide it. */
    public void noteContradictingAnswer(AnswerFact answer) {
        answerNoted = true;
        notes.add("The checklist " + answer.describe() + ", but the program's facts decide this item.");
        evidence.add("answers." + itemId);
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
        return switch (answer) {
            case YES -> status == Status.MET;
            case PARTIAL -> status == Status.PARTIAL;
            case NO -> status == Status.GAP;
            case UNKNOWN -> true;
        };
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
