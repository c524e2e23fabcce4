package org.prss.advisor.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.prss.advisor.input.EnumValues;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.IsoDate;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.role.SentenceEmbedder;
import org.prss.advisor.text.NearestName;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code advisor} command line: one subcommand per task, each listed in {@code advisor --help}. */
@Command(
        name = "advisor",
        mixinStandardHelpOptions = true,
        versionProvider = AdvisorVersion.class,
        description = {
            "Assesses a peer recovery support program plan against the field's guidance: assess a"
                    + " description, review a proposed peer role, make and read intake workbooks, assess a folder of "
                    + "plans,"
                    + " compare two assessments, serve it all over HTTP, and check, test and list the rules and "
                    + "checklists.",
            "Exit codes: 0 ran; 1 --fail-on hit, or a scenario or a plan failed; 2 invalid input, options, rules"
                    + " or checklists (nothing written); 3 an internal error (nothing written)."
        },
        subcommands = {
            AssessCommand.class,
            RoleCommand.class,
            TemplateCommand.class,
            BatchCommand.class,
            CompareCommand.class,
            RoleEvalCommand.class,
            ServeCommand.class,
            TestCommand.class,
            BenchCommand.class,
            ValidateCommand.class,
            KnowledgeCommand.class,
            RulesCommand.class
        })
public final class AdvisorCli {

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exit = run(args, out, err);
        // No exit while the sentence model is still loading in native code (see awaitBackgroundLoad).
        SentenceEmbedder.awaitBackgroundLoad();
        // An auto-flushing writer flushes only on println; a report written with print would be lost at exit.
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** Runs a command line with the given output streams and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AdvisorCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> report(e, line.getErr()));
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("advisor: " + explain(e));
            // The qualified name: "advisor" for the top command, "advisor rules check" for a nested one.
            e.getCommandLine()
                    .getErr()
                    .println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.INVALID;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler above; an error must end the run as cleanly.
            err.println("advisor: out of memory; the input may be too large for this process (raise -Xmx)");
            return ExitCode.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("advisor: internal error: the input is nested too deeply to be read");
            return ExitCode.INTERNAL;
        } catch (Error e) {
            err.println("advisor: internal error: " + e);
            return ExitCode.INTERNAL;
        }
    }

    /**
     * An option's misspelt choice or a date written another way is worded as the web API and descriptions word it,
     * with the nearest valid value or the form to write; an unknown command, with the nearest command.
     */
    private static String explain(CommandLine.ParameterException e) {
        CommandLine.Model.ArgSpec arg = e.getArgSpec();
        if (arg != null && arg.type().isEnum() && e.getValue() != null) {
            List<String> allowed = Arrays.stream(arg.type().getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            return EnumValues.problem(name(arg), e.getValue(), allowed).toString();
        }
        if (arg != null && arg.type() == LocalDate.class && e.getValue() != null) {
            return IsoDate.problem(name(arg), e.getValue()).toString();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String command = unknownCommand(unmatched);
            if (command != null) {
                return command;
            }
        }
        return e.getMessage();
    }

    private static String name(CommandLine.Model.ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }

    /**
     * "'asess' is not a command (did you mean assess?)" when the first word after a command with subcommands names
     * none of them; null for anything else unmatched (an option, a second file).
     */
    private static String unknownCommand(CommandLine.UnmatchedArgumentException e) {
        CommandLine line = e.getCommandLine();
        List<String> unmatched = e.getUnmatched();
        // A command with subcommands takes no words of its own: a word it did not match is a command misspelt.
        if (line.getSubcommands().isEmpty()
                || unmatched.isEmpty()
                || unmatched.get(0).startsWith("-")) {
            return null;
        }
        String given = unmatched.get(0);
        List<String> commands = List.copyOf(line.getSubcommands().keySet());
        return "'" + given + "' is not a command ("
                + NearestName.didYouMean(given, commands, "commands: " + String.join(", ", commands))
                + ")";
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof InvalidInputException invalid) {
            err.println(invalid.report());
            return ExitCode.INVALID;
        }
        if (e instanceof KnowledgeException knowledge) {
            err.println(knowledge.report());
            return ExitCode.INVALID;
        }
        err.println("advisor: internal error: " + e);
        return ExitCode.INTERNAL;
    }
}
