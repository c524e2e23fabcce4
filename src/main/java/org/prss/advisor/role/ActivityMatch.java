package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.prss.advisor.knowledge.RoleActivity;

import java.util.List;

/** A proposed duty matched to a worksheet activity, with the duty's words that matched (or that it was listed by id). */
public record ActivityMatch(@JsonIgnore int duty, @JsonIgnore RoleActivity activity, List<String> words) {

    public ActivityMatch {
        words = List.copyOf(words);
    }

    /** The matched activity, as reports name it. */
    @JsonProperty
    public String activityId() {
        return activity.id();
    }

    /** "ROLE-ACT-DRIVE-PARTICIPANTS (drive)". */
    public String describe() {
        return activity.id() + " (" + String.join(", ", words) + ")";
    }
}
