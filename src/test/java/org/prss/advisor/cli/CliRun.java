package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.prss.advisor.TestAdvisor;

/** One run of the command line, in process, with what it printed and its exit code. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A command that reads one input and writes a workbook and its JSON (assess, role), as of the tests' day. */
    static CliRun writing(String command, String input, String workbook, String json) {
        return writing(command, input, workbook, json, TestAdvisor.AS_OF.toString());
    }

    /** A command that reads one input and writes a workbook and its JSON (assess, role), as of the given day. */
    static CliRun writing(String command, String input, String workbook, String json, String asOf) {
        return of(command, input, "-o", workbook, "--json", json, "--as-of", asOf);
    }
}
