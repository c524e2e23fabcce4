package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.prss.advisor.knowledge.RoleSignal;

/**
 * A duty the advisor could not settle (NEEDS_REVIEW) that bears on a role signal, so the items judging that signal
 * wait for a person to review it (rules/roles.drl). A part bears on a signal when one of its candidate readings, the
 * ones a reviewer is shown, may show it ({@link RoleSignal#shownBy}): the labels of its nearest labelled lines, for a
 * part nothing matched; the kinds, activities and signals of the labelled lines that dispute its frame's reading, for
 * a disputed one. A part with no candidate at all could be anything, so it bears on every signal.
 */
public record UnreviewedBearing(DutyVerdict verdict, RoleSignal signal) {

    /** Whether a part still to be reviewed bears on the signal, given every fact the matcher found in the part. */
    public static boolean bears(RoleSignal signal, Collection<?> partFacts) {
        List<String> candidates = candidates(partFacts);
        return candidates.isEmpty() || candidates.stream().anyMatch(signal::shownBy);
    }

    /** The labels a part's candidate readings give: signal ids, worksheet activity ids and corpus kinds. */
    static List<String> candidates(Collection<?> partFacts) {
        List<String> labels = new ArrayList<>();
        for (Object fact : partFacts) {
            if (fact instanceof Suggestions s) {
                s.nearest().forEach(r -> labels.add(r.label()));
            } else if (fact instanceof KindMatch k) {
                labels.add(k.kindId());
            } else if (fact instanceof ActivityMatch a) {
                labels.add(a.activity().id());
            } else if (fact instanceof SignalMatch m) {
                labels.add(m.signalId());
            }
        }
        return labels;
    }
}
