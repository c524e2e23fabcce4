package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.prss.advisor.Advisor;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.model.Citation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** Lists every item of the knowledge base with its domain, severity and citations. */
@Command(name = "knowledge", mixinStandardHelpOptions = true,
        description = "List every knowledge-base item: id, domain, title, severity, citations.")
final class KnowledgeCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    /** One item as listed. */
    record Listed(String id, String domain, String group, String title, String severity, List<Citation> citations) {
    }

    @Override
    public Integer call() throws Exception {
        Advisor advisor = knowledge.load();
        List<Listed> items = advisor.knowledge().items().stream().map(KnowledgeCommand::listed).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(items));
            return ExitCode.OK;
        }
        for (Listed item : items) {
            out.printf("%-26s %-12s %-8s %s%n", item.id(), item.domain(), item.severity(), item.title());
            out.println("    " + item.citations().stream().map(c -> c.source() + ", " + c.section() + ", " + c.locator())
                    .collect(Collectors.joining("; ")));
        }
        out.println(items.size() + " items; rule set " + advisor.knowledge().ruleSet().version());
        return ExitCode.OK;
    }

    private static Listed listed(ChecklistItem i) {
        return new Listed(i.id(), i.domain(), i.groupName(), i.title(), i.severity().name(), i.citations());
    }
}
