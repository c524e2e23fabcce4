package org.prss.advisor.model;

/** An agency's answer to a checklist item. */
public enum AnswerValue {
    YES,
    PARTIAL,
    NO,
    UNKNOWN
}
