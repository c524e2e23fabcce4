package org.prss.advisor.model;

/** An answer to one checklist item, with an optional note saying what it rests on. */
public record Answer(AnswerValue answer, String note) {}
