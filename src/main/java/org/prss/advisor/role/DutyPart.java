package org.prss.advisor.role;

/**
 * One duty of a job-description line: the whole line, or one of the duties a compound line lists ("File, answer
 * phones and cover the front desk" has three). Each part gets its own verdict; the line takes the most restrictive.
 */
public record DutyPart(int duty, int part, String text) {}
