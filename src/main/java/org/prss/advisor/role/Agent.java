package org.prss.advisor.role;

/** Who does what a frame says: the peer, the participant the peer helps, or someone else (a relative clause). */
public enum Agent {
    PEER,
    PARTICIPANT,
    OTHER
}
