package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.prss.advisor.knowledge.CorpusKind;

/**
 * A duty part read as a kind of duty the corpus defines (such as the peer's own supervision), by the example it
 * resembles.
 */
public record KindMatch(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        @JsonIgnore CorpusKind kind,
        Resemblance example) implements ByExample {

    @Override
    public KindMatch at(int duty, int part) {
        return new KindMatch(duty, part, kind, example);
    }

    @JsonProperty
    public String kindId() {
        return kind.id();
    }

    /** "OWN_SUPERVISION_AND_TRAINING (resembles ...)". */
    public String describe() {
        return kind.name() + " (" + example.describe() + ")";
    }
}
