package org.prss.advisor.knowledge;

/** A document in the source registry; citations name it by its short name. */
public record Source(String shortName, String title, String publisher, int year, String note) {}
