package org.prss.advisor.cli;

/** The advisor's exit codes; scripts and CI jobs rely on them. */
final class ExitCode {
    /** The command ran. */
    static final int OK = 0;
    /** The assessment found an open finding at or above the --fail-on severity, or a scenario failed. */
    static final int FINDINGS = 1;
    /** The input, options, rules or checklists are invalid; nothing was written. */
    static final int INVALID = 2;
    /** Something went wrong inside the advisor; nothing was written. */
    static final int INTERNAL = 3;

    private ExitCode() {}
}
