package org.prss.advisor.assessment;

import java.util.Map;
import org.prss.advisor.model.Status;

/**
 * A domain's score (null when no item of the domain was scored) and its findings counted by status. An unscored
 * domain (a self-assessment) has its own score but is left out of the overall score.
 */
public record DomainScore(String domain, String name, boolean scored, Double score, Map<Status, Integer> counts) {

    /** A score as a person reads it: the number, or "none (nothing applies)" for a domain where no item applies. */
    public static String shown(Double score) {
        return score == null ? "none (nothing applies)" : score.toString();
    }
}
