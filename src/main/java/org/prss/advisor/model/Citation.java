package org.prss.advisor.model;

/** A place in a source document: short name from the source registry, section, and page or line. */
public record Citation(String source, String section, String locator) {

    /** The citation as the workbook prints it: "All Rise Guidelines 2023, Guideline 2 ..., line 260". */
    public String text() {
        return source + ", " + section + ", " + locator;
    }
}
