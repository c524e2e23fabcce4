package org.prss.advisor.role;

import java.util.List;

/** The labelled lines nearest to a duty part that nothing settled, offered to the person who judges it. */
public record Suggestions(int duty, int part, List<Resemblance> nearest) implements PartFact {

    public Suggestions {
        nearest = List.copyOf(nearest);
    }

    @Override
    public Suggestions at(int duty, int part) {
        return new Suggestions(duty, part, nearest);
    }
}
