package org.prss.advisor.role;

/**
 * A word of a duty as the matcher reads it (its stem, after synonyms) and as the writer wrote it.
 *
 * @param names the stem of the person noun right after it ("clinical" in "clinical supervisor"), or null: such a
 *              word describes a person, not the duty
 */
public record Word(String stem, String written, String names) {
}
