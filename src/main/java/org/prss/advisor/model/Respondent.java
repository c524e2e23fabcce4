package org.prss.advisor.model;

/** Who filled in a description or intake workbook: a name and the part of the agency they answer from. */
public record Respondent(String name, RespondentRole role) {}
