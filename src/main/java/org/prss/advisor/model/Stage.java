package org.prss.advisor.model;

/** How far along the program is. */
public enum Stage {
    PLANNING,
    LAUNCHING,
    OPERATING
}
