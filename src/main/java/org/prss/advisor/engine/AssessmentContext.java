package org.prss.advisor.engine;

import java.time.LocalDate;

/** Facts about the assessment itself: the date waivers are judged against. */
public record AssessmentContext(LocalDate asOf) {}
