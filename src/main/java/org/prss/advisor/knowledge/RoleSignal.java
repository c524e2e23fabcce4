package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * Something the role rules look for in a proposed duty, such as compliance monitoring: the phrases that show it,
 * the worksheet activities that carry it, and the place that says why it matters.
 *
 * @param phrases     words that must all appear in a duty, in any order; a word with a leading "-" must not
 * @param activities  worksheet activity ids that carry the signal when a duty matches them
 * @param near        worksheet activity ids and corpus kinds that come near the signal without carrying it: a duty
 *                    still to be reviewed whose candidate readings include one may show the signal
 * @param instead     for a signal that rules a duty out or allows it only under a condition: what to write instead,
 *                    or the role that should hold the duty
 */
public record RoleSignal(
        String id,
        String name,
        String meaning,
        List<String> phrases,
        List<String> activities,
        List<String> near,
        String instead,
        List<Citation> citations,
        String file,
        int line) {

    public RoleSignal {
        phrases = List.copyOf(phrases);
        activities = activities == null ? List.of() : List.copyOf(activities);
        near = near == null ? List.of() : List.copyOf(near);
        citations = List.copyOf(citations);
    }

    /** True when a duty read as {@code label} (a signal, worksheet activity or corpus kind) may show this signal. */
    public boolean shownBy(String label) {
        return id.equals(label) || activities.contains(label) || near.contains(label);
    }
}
