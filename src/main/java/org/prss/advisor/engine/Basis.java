package org.prss.advisor.engine;

/** What an outcome rests on; facts outrank answers, which outrank having nothing to go on. */
public enum Basis {
    SETTING,
    FACTS,
    ANSWER,
    NONE
}
