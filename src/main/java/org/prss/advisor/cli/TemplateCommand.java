package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AtomicFile;
import org.prss.advisor.report.IntakeTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write an intake workbook to fill in instead of writing JSON or YAML: program facts, checklist "
                + "answers, the peer role and waivers, generated from the rules and checklists in use.",
                "Assess it when it is filled in: ./advisor assess intake.xlsx"})
final class TemplateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.xlsx", description = "Workbook to write (default: intake.xlsx).")
    Path output = Path.of("intake.xlsx");

    @Option(names = "--setting", paramLabel = "SETTING",
            description = "Ask only what can apply to this setting: ${COMPLETION-CANDIDATES}. It is also filled in.")
    Setting setting;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Fill the template in from a description (JSON, YAML or an earlier intake workbook).")
    Path from;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Advisor advisor = knowledge.load();
        JsonNode prefill = null;
        if (from != null) {
            Submission submission = advisor.reader().read(from);
            prefill = submission.received();
        }
        JsonNode filled = prefill;
        AtomicFile.write(output, out -> new IntakeTemplate(advisor.knowledge()).write(setting, filled, out));
        long questions = advisor.knowledge().items().stream().filter(this::asked).count();
        spec.commandLine().getOut().println("Wrote " + output + ": " + advisor.knowledge().intakeFields().size()
                + " program fields, " + questions + " checklist questions" + (setting == null ? "" : " for a " + setting + " program")
                + ", " + advisor.knowledge().roleWorksheet().activities().size() + " role activities"
                + (from == null ? "" : ", filled in from " + from) + ".");
        spec.commandLine().getOut().println("Fill it in, then run: ./advisor assess " + output);
        return ExitCode.OK;
    }

    private boolean asked(ChecklistItem item) {
        return setting == null || item.settings().isEmpty() || item.settings().contains(setting);
    }
}
