package org.prss.advisor.role;

import java.util.List;

/** A proposed duty with what it matched and the verdict, as the reports show it. */
public record DutyReview(
        ProposedDuty duty, List<ActivityMatch> activities, List<SignalMatch> signals, DutyVerdict verdict) {

    public DutyReview {
        activities = List.copyOf(activities);
        signals = List.copyOf(signals);
    }
}
