package org.prss.advisor.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.prss.advisor.files.FileOrFolder;

/** Reads an input file whole, refusing a missing, unreadable or oversized one with a problem that names it. */
public final class InputFiles {

    private InputFiles() {}

    static byte[] read(Path file, long limit) throws InvalidInputException {
        String name = file.toString();
        try {
            requireFile(file, null);
            if (Files.size(file) > limit) {
                throw new InvalidInputException(
                        name,
                        new InputProblem("(file)", "the file is larger than " + limit / (1024 * 1024) + " MB", null));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidInputException(
                    name, new InputProblem("(file)", "cannot be read: " + e.getMessage(), null));
        }
    }

    /**
     * Refuses a path that is not a file, naming it; {@code forFolder} is the hint for a folder (what to do instead),
     * or null.
     */
    public static void requireFile(Path path, String forFolder) throws InvalidInputException {
        String problem = FileOrFolder.notAFile(path);
        if (problem != null) {
            throw new InvalidInputException(
                    path.toString(), new InputProblem("(file)", problem, Files.isDirectory(path) ? forFolder : null));
        }
    }
}
