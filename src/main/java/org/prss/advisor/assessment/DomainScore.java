package org.prss.advisor.assessment;

import org.prss.advisor.model.Status;

import java.util.Map;

/**
 * A domain's score (null when no item of the domain was scored) and its findings counted by status.
 */
public record DomainScore(String domain, String name, Double score, Map<Status, Integer> counts) {
}
