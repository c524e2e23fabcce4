package org.prss.advisor.cli;

import org.prss.advisor.Advisor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.concurrent.Callable;

/** Work on the rule set itself. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rule set.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand {

    /** Compiles the rules and checks the checklists; every problem is reported with file and line. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile the rules and validate the checklists (exit 0, or 2 with file:line errors).")
    static final class Check implements Callable<Integer> {

        @Mixin
        KnowledgeOptions knowledge;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Advisor advisor = knowledge.load();
            spec.commandLine().getOut().println("rules and checklists OK: " + advisor.knowledge().items().size()
                    + " items, " + advisor.knowledge().roleWorksheet().activities().size() + " role worksheet activities, "
                    + advisor.knowledge().roleLanguage().signals().size() + " role signals, "
                    + advisor.knowledge().thresholds().size() + " thresholds, rule set "
                    + advisor.knowledge().ruleSet().version() + " (" + advisor.knowledge().ruleSet().hash() + ")");
            return ExitCode.OK;
        }
    }
}
