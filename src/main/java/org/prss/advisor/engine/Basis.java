package org.prss.advisor.engine;

/**
 * What an outcome rests on; facts outrank answers, which outrank having nothing to go on. An answer less favourable
 * than the deciding facts is still heard: the outcome then takes the answer's status
 * ({@link #FACTS_LOWERED_BY_ANSWER}).
 */
public enum Basis {
    SETTING,
    FACTS,
    FACTS_LOWERED_BY_ANSWER,
    ANSWER,
    NONE
}
