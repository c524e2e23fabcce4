package org.prss.advisor.assessment;

import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** One step of the action plan: an open finding turned into something to do, in priority order. */
public record ActionItem(
        int priority, String findingId, Severity severity, Status status, String title, String action) {}
