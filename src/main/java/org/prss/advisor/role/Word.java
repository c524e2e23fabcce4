package org.prss.advisor.role;

/**
 * A word of a duty as the matcher reads it (its stem, after synonyms) and as the writer wrote it.
 *
 * @param position its place among all the words of the duty, stop words included
 * @param negated  true when a negation ("not", "non", "without", ...) comes before it in its clause
 * @param names the stem of the head noun right after it ("clinical" in "clinical supervisor"), or null: such a
 *              word is part of a name (of a person, a team or a record), not the duty
 */
public record Word(String stem, String written, String names, int position, boolean negated) {}
