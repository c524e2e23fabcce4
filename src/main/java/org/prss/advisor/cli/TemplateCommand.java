package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.Submission;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.AtomicFile;
import org.prss.advisor.report.IntakeScope;
import org.prss.advisor.report.IntakeTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Write an intake workbook to fill in instead of writing JSON or YAML: program facts, checklist "
                    + "answers, the peer role and waivers, generated from the rules and checklists in use.",
            "Assess it when it is filled in: ./advisor assess intake.xlsx"
        })
final class TemplateCommand implements Callable<Integer> {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT.xlsx",
            description = "Workbook to write (default: intake.xlsx).")
    Path output = Path.of("intake.xlsx");

    @Option(
            names = "--setting",
            paramLabel = "SETTING",
            description = "Ask only what can apply to this setting: ${COMPLETION-CANDIDATES}. It is also filled in."
                    + " With --from, the setting of that file is kept unless this names another.")
    Setting setting;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "Fill the template in from a description (JSON, YAML or an earlier intake workbook).")
    Path from;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (from != null) {
            InputFiles.requireFile(from, "--from takes one description or intake workbook");
        }
        Advisor advisor = knowledge.load();
        JsonNode prefill = null;
        if (from != null) {
            Submission submission = advisor.reader().read(from);
            submission.noticeLines().forEach(spec.commandLine().getErr()::println);
            prefill = submission.received();
        }
        IntakeScope scope = IntakeScope.of(advisor.knowledge(), setting, prefill);
        AtomicFile.write(output, out -> new IntakeTemplate(advisor.knowledge()).write(scope, out));
        Setting written = scope.setting();
        spec.commandLine()
                .getOut()
                .println("Wrote " + output + ": " + scope.fields().size() + " program fields, "
                        + scope.questions().size() + " checklist questions"
                        + (written == null ? "" : " for a " + written + " program")
                        + ", "
                        + advisor.knowledge().roleWorksheet().activities().size() + " role activities"
                        + (from == null ? "" : ", filled in from " + from) + ".");
        spec.commandLine().getOut().println("Fill it in, then run: ./advisor assess " + output);
        return ExitCode.OK;
    }
}
