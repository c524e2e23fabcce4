package org.prss.advisor.engine;

/**
 * The alternative an assessment takes for one declared reading: the advisor's default, or the one the user chose.
 * Rules that rest on the reading match it by id and alternative, and pass it to the outcome they insert.
 */
public record ReadingChoice(String id, String alternative, boolean chosenByUser) {}
