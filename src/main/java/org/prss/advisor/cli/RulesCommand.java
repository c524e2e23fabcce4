package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Work on the rule set itself. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        description = "Work with the rule set.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand {

    /** Compiles the rules and checks the checklists; every problem is reported with file and line. */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Compile the rules, validate the checklists and lint the rule set: items no rule decides, rules"
                        + " naming unknown items, and rules that give one item two statuses for the same program.",
                "Exit 0, or 2 with every problem as file:line: message."
            })
    static final class Check implements Callable<Integer> {

        @Mixin
        KnowledgeOptions knowledge;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
        Format format = Format.text;

        /** Output formats. */
        enum Format {
            text,
            json
        }

        @Override
        public Integer call() throws Exception {
            Advisor advisor;
            List<KnowledgeProblem> problems;
            try {
                advisor = knowledge.load();
                problems = advisor.lint();
            } catch (KnowledgeException e) {
                advisor = null;
                problems = e.problems();
            }
            if (format == Format.json) {
                ObjectNode out = JsonMapper.builder().build().createObjectNode();
                out.put("ok", problems.isEmpty());
                ArrayNode list = out.putArray("problems");
                problems.forEach(p -> list.addObject()
                        .put("file", p.file())
                        .put("line", p.line())
                        .put("message", p.message()));
                if (advisor != null) {
                    out.put("items", advisor.knowledge().items().size());
                    out.put("ruleSet", advisor.knowledge().ruleSet().version());
                    out.put("hash", advisor.knowledge().ruleSet().hash());
                }
                spec.commandLine().getOut().println(out.toPrettyString());
                return problems.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> spec.commandLine().getErr().println(p));
                return ExitCode.INVALID;
            }
            spec.commandLine()
                    .getOut()
                    .println("rules and checklists OK: "
                            + advisor.knowledge().items().size()
                            + " items, "
                            + advisor.knowledge().roleWorksheet().activities().size() + " role worksheet activities, "
                            + advisor.knowledge().roleLanguage().signals().size() + " role signals, "
                            + advisor.knowledge().dutyCorpus().lines().size() + " labelled duty lines, "
                            + advisor.knowledge().dutyCorpus().nonDuties().size() + " lines that are not duties, "
                            + advisor.knowledge().dutyFrames().readings().size() + " duty frame readings, "
                            + advisor.knowledge().thresholds().size() + " thresholds, rule set "
                            + advisor.knowledge().ruleSet().version() + " ("
                            + advisor.knowledge().ruleSet().hash() + ")");
            return ExitCode.OK;
        }
    }
}
