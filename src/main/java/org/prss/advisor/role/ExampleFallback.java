package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the labelled examples would say of a part that the phrase rules matched, kept aside and worked out only when
 * asked: when the role rules drop every phrase match as a lookalike (the words only name the topic the peer explains,
 * or someone else's act), the examples decide the part instead, or offer their nearest lines for a person to judge.
 * Most parts never ask, so most never pay for the sentence model.
 *
 * @param reading the example's match or the suggestions, stated for a part at 0, 0, worked out once
 */
public record ExampleFallback(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        @JsonIgnore Supplier<List<PartFact>> reading) implements PartFact {

    /** The examples' reading of a part's text, worked out at most once, on first use. */
    static ExampleFallback of(Supplier<List<PartFact>> reading) {
        LoadedOnce<List<PartFact>> once = new LoadedOnce<>("the labelled examples' reading", reading::get);
        return new ExampleFallback(0, 0, once::get);
    }

    @Override
    public ExampleFallback at(int duty, int part) {
        return new ExampleFallback(duty, part, reading);
    }

    /** The facts to insert for this part. */
    public List<PartFact> facts() {
        return reading.get().stream().map(f -> f.at(duty, part)).toList();
    }
}
