package org.prss.advisor.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The peer role as the program defines it: worksheet activities and free-text duties.
 *
 * @param dutyOrigins for duties read from a file of duties or a job description, where each came from ("line 4",
 *                    "Essential Functions, item 2, page 1"); empty for a program description's duties
 */
public record Role(
        List<String> activities,
        List<String> duties,
        @JsonIgnore List<String> dutyOrigins) {
    public static final Role EMPTY = new Role(List.of(), List.of(), List.of());

    public Role {
        activities = activities == null ? List.of() : List.copyOf(activities);
        duties = duties == null ? List.of() : List.copyOf(duties);
        dutyOrigins = dutyOrigins == null ? List.of() : List.copyOf(dutyOrigins);
    }

    /** Where duty {@code i} came from: its place in a duties file or job description, or its path in a description. */
    public String dutyOrigin(int i) {
        return dutyOrigins.isEmpty() ? "role.duties[" + i + "]" : dutyOrigins.get(i);
    }
}
