package org.prss.advisor.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.prss.advisor.model.Status;

/** Turns the open findings into a prioritized list: most severe first, gaps before unknowns before partials. */
public final class ActionPlanner {

    private ActionPlanner() {}

    static List<ActionItem> plan(List<Finding> findings) {
        List<Finding> order = inPriorityOrder(
                findings.stream().filter(f -> f.status().isOpen()).toList());
        return IntStream.range(0, order.size())
                .mapToObj(i -> {
                    Finding f = order.get(i);
                    return new ActionItem(i + 1, f.id(), f.severity(), f.status(), f.title(), f.recommendation());
                })
                .toList();
    }

    /** Most severe first; at equal severity gaps, then unknowns, then the rest; then knowledge-base order. */
    public static List<Finding> inPriorityOrder(List<Finding> findings) {
        Map<Finding, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            position.put(findings.get(i), i);
        }
        List<Finding> order = new ArrayList<>(findings);
        order.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> urgency(f.status()))
                .thenComparing(position::get));
        return order;
    }

    private static int urgency(Status status) {
        return switch (status) {
            case GAP -> 0;
            case UNKNOWN -> 1;
            default -> 2;
        };
    }
}
