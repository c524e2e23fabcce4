package org.prss.advisor.team;

import java.util.List;

/**
 * A fact (or a waiver) the respondents stated differently, which the assessment therefore treats as unknown (a
 * waiver as not given): never a silent pick of one respondent's value.
 *
 * @param path the description path, such as facts.caseloadPerPeer, or waivers.ID for a waiver
 * @param said each respondent's value, in the respondents' order; null where a respondent left it out
 */
public record FactDisagreement(String path, List<Said> said) {

    /** One respondent's value, as text. */
    public record Said(String respondent, String value) {}
}
