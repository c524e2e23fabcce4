package org.prss.advisor.input;

/** How a Program-sheet field is typed into a cell. */
public enum FieldKind {
    /** Free text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** A number. */
    NUMBER,
    /** Yes or No, read as true or false. */
    YES_NO,
    /** One of the schema's allowed values, from a drop-down. */
    CHOICE,
    /** Several texts, separated by semicolons. */
    LIST
}
