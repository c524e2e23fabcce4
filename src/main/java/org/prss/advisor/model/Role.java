package org.prss.advisor.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * The peer role as the program defines it: worksheet activities and free-text duties.
 *
 * @param dutyLines for duties read from a plain-text file, the line each came from; empty otherwise
 */
public record Role(List<String> activities, List<String> duties, @JsonIgnore List<Integer> dutyLines) {
    public static final Role EMPTY = new Role(List.of(), List.of(), List.of());

    public Role {
        activities = activities == null ? List.of() : List.copyOf(activities);
        duties = duties == null ? List.of() : List.copyOf(duties);
        dutyLines = dutyLines == null ? List.of() : List.copyOf(dutyLines);
    }

    /** Where duty {@code i} came from: its line in a duties file, or its path in a program description. */
    public String dutyOrigin(int i) {
        return dutyLines.isEmpty() ? "role.duties[" + i + "]" : "line " + dutyLines.get(i);
    }
}
