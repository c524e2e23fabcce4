package org.prss.advisor.role;

/**
 * A fact the matcher found in one part of a duty that depends only on the part's text, so the same reading can be
 * stated again for the same text wherever it stands in a job description.
 */
public interface PartFact {

    /** The duty the fact is about. */
    int duty();

    /** The part of that duty. */
    int part();

    /** This fact about the part at the given place. */
    PartFact at(int duty, int part);
}
