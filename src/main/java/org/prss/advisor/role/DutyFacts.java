package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading one proposed duty found, as the role rules take it: the duty's parts, and for each part the facts read
 * in it (frames, its shape, activity, signal and kind matches, a condition it states, the suggestions or the examples'
 * fallback).
 */
public record DutyFacts(List<DutyPart> parts, List<PartFact> facts) {

    public DutyFacts {
        parts = List.copyOf(parts);
        facts = List.copyOf(facts);
    }

    /** Everything to insert into a rule session: the parts first, then the facts, in reading order. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(parts);
        all.addAll(facts);
        return all;
    }
}
