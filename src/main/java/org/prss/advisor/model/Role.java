package org.prss.advisor.model;

import java.util.List;

/** The peer role as the program defines it: worksheet activities and free-text duties. */
public record Role(List<String> activities, List<String> duties) {
    public static final Role EMPTY = new Role(List.of(), List.of());

    public Role {
        activities = activities == null ? List.of() : List.copyOf(activities);
        duties = duties == null ? List.of() : List.copyOf(duties);
    }
}
