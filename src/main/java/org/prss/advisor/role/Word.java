package org.prss.advisor.role;

/** A word of a duty as the matcher reads it (its stem, after synonyms) and as the writer wrote it. */
public record Word(String stem, String written) {
}
