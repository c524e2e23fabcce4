package org.prss.advisor.input;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The one place that decides how to read what a user gives for a role review: a job description (Word or PDF), a
 * text file of duty lines, or a program description. The command line's {@code role} and {@code validate} and the
 * service's two ways of sending a role all read through it.
 */
public final class RoleInputReader {

    /** What a role input turned out to be. */
    public enum Kind {
        JOB_DESCRIPTION,
        DUTY_LIST,
        PROGRAM_DESCRIPTION
    }

    /** A role input as read, and what it was. */
    public record Read(Kind kind, Submission submission) {}

    private final JobDescriptionReader jobDescriptions;
    private final DescriptionReader descriptions;

    public RoleInputReader(JobDescriptionReader jobDescriptions, DescriptionReader descriptions) {
        this.jobDescriptions = jobDescriptions;
        this.descriptions = descriptions;
    }

    /** A file: a job description by its name or content, a duty list by its name, else a program description. */
    public Read read(Path file) throws InvalidInputException {
        if (JobDescriptionReader.isJobDescription(file)) {
            return new Read(Kind.JOB_DESCRIPTION, jobDescriptions.read(file));
        }
        if (DutyListReader.isDutyList(file)) {
            return new Read(Kind.DUTY_LIST, DutyListReader.read(file));
        }
        return new Read(Kind.PROGRAM_DESCRIPTION, descriptions.read(file));
    }

    /**
     * Bytes received: an upload named {@code name}, or a request body of media type {@code mediaType} (either may be
     * null). A Word document or PDF sent under another type (application/octet-stream, say) is still read as one; a
     * program description may be the shorthand {@code {"duties": [...]}}.
     */
    public Read read(String name, String mediaType, byte[] body) throws InvalidInputException {
        var format =
                JobDescriptionReader.Format.ofMediaType(mediaType).or(() -> JobDescriptionReader.Format.of(name, body));
        if (format.isPresent()) {
            return new Read(Kind.JOB_DESCRIPTION, jobDescriptions.read(name, format.get(), body));
        }
        boolean plainText =
                mediaType != null && mediaType.toLowerCase(Locale.ROOT).startsWith("text/plain");
        if (plainText || (name != null && DutyListReader.isDutyList(name))) {
            return new Read(Kind.DUTY_LIST, DutyListReader.read(name, body));
        }
        return new Read(Kind.PROGRAM_DESCRIPTION, descriptions.readRole(name, body));
    }
}
