package org.prss.advisor.model;

/** Where one of the program's evaluation measures stands. */
public enum MeasureStatus {
    PLANNED,
    COLLECTING,
    REVIEWED
}
