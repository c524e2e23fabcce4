package org.prss.advisor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.DutyListReader;
import org.prss.advisor.input.InputFiles;
import org.prss.advisor.input.JobDescriptionReader;
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
        if (JobDescriptionReader.isJobDescription(file)) {
            Submission job = advisor.jobDescriptions().read(file);
            spec.commandLine()
                    .getOut()
                    .println(file + ": valid ("
                            + job.description().role().duties().size() + " duties, "
                            + job.skippedSections().size() + " sections skipped)");
            return ExitCode.OK;
        }
        if (DutyListReader.isDutyList(file)) {
            Submission duties = DutyListReader.read(file);
            spec.commandLine()
                    .getOut()
                    .println(file + ": valid ("
                            + duties.description().role().duties().size() + " duties)");
            return ExitCode.OK;
        }
        Submission submission = advisor.reader().read(file);
        submission.noticeLines().forEach(spec.commandLine().getErr()::println);
        spec.commandLine()
                .getOut()
                .println(file + ": valid (" + submission.description().answers().size()
                        + " answers, "
                        + submission.description().role().activities().size() + " role activities, "
                        + submission.description().role().duties().size() + " duties, "
                        + submission.description().waivers().size() + " waivers)");
        return ExitCode.OK;
    }
}
