package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What the labelled examples would say of a part that the phrase rules matched, kept aside: when the role rules drop
 * every phrase match as a lookalike (the words only name the topic the peer explains, or someone else's act), the
 * examples decide the part instead, or offer their nearest lines for a person to judge.
 *
 * @param facts the example's match, or the suggestions, stated for this part
 */
public record ExampleFallback(
        @JsonIgnore int duty, @JsonIgnore int part, List<PartFact> facts) implements PartFact {

    public ExampleFallback {
        facts = List.copyOf(facts);
    }

    @Override
    public ExampleFallback at(int duty, int part) {
        return new ExampleFallback(
                duty, part, facts.stream().map(f -> f.at(duty, part)).toList());
    }
}
