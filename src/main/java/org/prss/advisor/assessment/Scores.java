package org.prss.advisor.assessment;

import java.util.List;

/** The overall score, each domain's score, and the formula that produced them. */
public record Scores(Double overall, List<DomainScore> domains, String formula) {}
