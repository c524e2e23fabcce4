package org.prss.advisor.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says what a path is when a command wanted the other kind: a folder given where a file belongs ("is a folder, not a
 * file") or a file where a folder does, rather than "no such file" for something that plainly exists.
 */
public final class FileOrFolder {

    private FileOrFolder() {}

    /** Why {@code path} is not a file to read ("no such file", "is a folder, not a file"), or null for a file. */
    public static String notAFile(Path path) {
        if (Files.isRegularFile(path)) {
            return null;
        }
        return Files.isDirectory(path) ? "is a folder, not a file" : "no such file";
    }

    /** Why {@code path} is not a folder ("no such folder", "is a file, not a folder"), or null for a folder. */
    public static String notAFolder(Path path) {
        if (Files.isDirectory(path)) {
            return null;
        }
        return Files.exists(path) ? "is a file, not a folder" : "no such folder";
    }
}
