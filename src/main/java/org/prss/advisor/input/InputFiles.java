package org.prss.advisor.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads an input file whole, refusing a missing, unreadable or oversized one with a problem that names it. */
final class InputFiles {

    private InputFiles() {}

    static byte[] read(Path file, long limit) throws InvalidInputException {
        String name = file.toString();
        try {
            FileOrFolder.requireFile(file, null);
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
}
