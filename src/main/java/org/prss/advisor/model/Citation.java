package org.prss.advisor.model;

/** A place in a source document: short name from the source registry, section, and page or line. */
public record Citation(String source, String section, String locator) {}
