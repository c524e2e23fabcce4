package org.prss.advisor.knowledge;

/** The name and version of the rule set, and a hash of every rule and checklist file that was loaded. */
public record RuleSetInfo(String name, String version, String hash) {}
