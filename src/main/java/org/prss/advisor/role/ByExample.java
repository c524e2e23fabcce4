package org.prss.advisor.role;

/** A match of a duty part (activity, signal or kind) that a labelled example may have made. */
public interface ByExample extends PartFact {

    /** The labelled line the part resembles, or null when its words made the match. */
    Resemblance example();
}
