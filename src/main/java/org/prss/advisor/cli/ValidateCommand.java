package org.prss.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.RoleInputReader;
import org.prss.advisor.input.Submission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a program description without assessing it. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Check a program description against the schema and the knowledge base (exit 0 or 2).")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "FILE",
            description = "The program description, a text file of duties (.txt, .text or .md), "
                    + "or a job description (.docx or .pdf).")
    Path file;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.requireFile(
                file,
                "validate checks one file; ./advisor batch " + file
                        + " -o OUTDIR assesses every plan in a folder and lists those it cannot read");
        Advisor advisor = knowledge.load();
        RoleInputReader.Read read = advisor.roleInputs().read(file);
        Submission submission = read.submission();
        submission.noticeLines().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().println(file + ": valid (" + counts(read.kind(), submission) + ")");
        return ExitCode.OK;
    }

    /** What a valid file holds, in the words that fit its kind. */
    private static String counts(RoleInputReader.Kind kind, Submission submission) {
        int duties = submission.description().role().duties().size();
        return switch (kind) {
            case JOB_DESCRIPTION ->
                duties + " duties, " + submission.skippedSections().size() + " sections skipped";
            case DUTY_LIST -> duties + " duties";
            case PROGRAM_DESCRIPTION ->
                submission.description().answers().size() + " answers, "
                        + submission.description().role().activities().size() + " role activities, "
                        + duties + " duties, "
                        + submission.description().waivers().size() + " waivers";
        };
    }
}
