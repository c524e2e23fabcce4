package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Set;

/**
 * Who does what to whom in one predicate of a duty part: the action, its objects and the other phrases it governs
 * ("provides [the Judge] with [updates] on [each participant's progress]"), who does it, whether it is negated, and
 * the word classes of checklists/duty-frames.yaml each slot holds, by which the role rules read it.
 *
 * @param order            the predicate's place in the part, from 0
 * @param shown            the frame as a person checks it
 * @param words            the frame's words as written, lower case: its action and everything it governs
 * @param argumentWords    the words it governs, without the action
 * @param actionClasses    the classes of the action verb
 * @param objectClasses    the classes of the words of its objects
 * @param recipientClasses the classes of its objects and of the phrases after to, with, at, for, before, in, during
 * @param roleClasses      the classes of what the peer serves as ("as a sponsor", "be a sponsor")
 * @param beneficiaryClasses the classes of the phrase after "for" (whose work it is: "for the clinical staff")
 * @param ownerClasses     the classes of the possessor of an object ("[other staff members]' notes")
 * @param argumentClasses  the classes of every word it governs
 */
public record DutyFrame(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        int order,
        Agent agent,
        boolean negated,
        String action,
        String shown,
        @JsonIgnore List<String> words,
        @JsonIgnore List<String> argumentWords,
        @JsonIgnore Set<String> actionClasses,
        @JsonIgnore Set<String> objectClasses,
        @JsonIgnore Set<String> recipientClasses,
        @JsonIgnore Set<String> roleClasses,
        @JsonIgnore Set<String> beneficiaryClasses,
        @JsonIgnore Set<String> ownerClasses,
        @JsonIgnore Set<String> argumentClasses)
        implements PartFact {

    public DutyFrame {
        words = List.copyOf(words);
        argumentWords = List.copyOf(argumentWords);
        actionClasses = Set.copyOf(actionClasses);
        objectClasses = Set.copyOf(objectClasses);
        recipientClasses = Set.copyOf(recipientClasses);
        roleClasses = Set.copyOf(roleClasses);
        beneficiaryClasses = Set.copyOf(beneficiaryClasses);
        ownerClasses = Set.copyOf(ownerClasses);
        argumentClasses = Set.copyOf(argumentClasses);
    }

    @Override
    public DutyFrame at(int duty, int part) {
        return new DutyFrame(
                duty,
                part,
                order,
                agent,
                negated,
                action,
                shown,
                words,
                argumentWords,
                actionClasses,
                objectClasses,
                recipientClasses,
                roleClasses,
                beneficiaryClasses,
                ownerClasses,
                argumentClasses);
    }

    /** Whether the peer does it: not negated, and not a participant's or someone else's act. */
    @JsonIgnore
    public boolean peersOwnAct() {
        return agent == Agent.PEER && !negated;
    }

    /** Whether every one of the given words (as written) is among the words this frame governs. */
    public boolean governsAll(List<String> written) {
        return !written.isEmpty() && argumentWords.containsAll(written);
    }

    /** Whether every one of the given words (as written) is among this frame's words. */
    public boolean holdsAll(List<String> written) {
        return !written.isEmpty() && words.containsAll(written);
    }
}
