package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.prss.advisor.knowledge.RoleActivity;

/**
 * A proposed duty (one part of it) matched to a worksheet activity: by the duty's words that matched a keyword, by
 * being listed by id, or by the labelled example it resembles.
 *
 * @param example the labelled line the duty resembles, or null when its words or its id matched
 */
public record ActivityMatch(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        @JsonIgnore RoleActivity activity,
        List<String> words,
        @JsonInclude(JsonInclude.Include.NON_NULL) Resemblance example)
        implements ByExample {

    public ActivityMatch {
        words = List.copyOf(words);
    }

    @Override
    public ActivityMatch at(int duty, int part) {
        return new ActivityMatch(duty, part, activity, words, example);
    }

    /** The matched activity, as reports name it. */
    @JsonProperty
    public String activityId() {
        return activity.id();
    }

    /** "ROLE-ACT-DRIVE-PARTICIPANTS (drive)" or "ROLE-ACT-DRIVE-PARTICIPANTS (resembles '...' ...)". */
    public String describe() {
        return activity.id() + " (" + (example == null ? String.join(", ", words) : example.describe()) + ")";
    }
}
