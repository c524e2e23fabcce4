package org.prss.advisor.assessment;

import org.prss.advisor.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Turns the open findings into a prioritized list: most severe first, gaps before unknowns before partials. */
final class ActionPlanner {

    private ActionPlanner() {
    }

    static List<ActionItem> plan(List<Finding> findings) {
        List<Finding> open = new ArrayList<>();
        findings.stream().filter(f -> f.status().isOpen()).forEach(open::add);
        List<Finding> order = new ArrayList<>(open);
        order.sort(Comparator.comparing(Finding::severity)
                .thenComparing(f -> urgency(f.status()))
                .thenComparing(open::indexOf));
        return IntStream.range(0, order.size())
                .mapToObj(i -> {
                    Finding f = order.get(i);
                    return new ActionItem(i + 1, f.id(), f.severity(), f.status(), f.title(), f.recommendation());
                })
                .toList();
    }

    private static int urgency(Status status) {
        return switch (status) {
            case GAP -> 0;
            case UNKNOWN -> 1;
            default -> 2;
        };
    }
}
