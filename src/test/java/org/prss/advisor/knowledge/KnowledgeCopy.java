package org.prss.advisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the project's rules/ and checklists/ folders, for tests that break or extend them. */
public final class KnowledgeCopy {

    public final Path rules;
    public final Path checklists;

    public KnowledgeCopy(Path into) throws IOException {
        rules = copy(Path.of("rules"), into.resolve("rules"));
        checklists = copy(Path.of("checklists"), into.resolve("checklists"));
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /** The path of a file of the copy: a {@code .drl} file in rules/, any other in checklists/. */
    public Path file(String name) {
        return (name.endsWith(".drl") ? rules : checklists).resolve(name);
    }

    /** Makes the edit in the copy and returns the edited file's path; fails if its text is not there. */
    public Path apply(KnowledgeEdit edit) throws IOException {
        Path file = file(edit.file());
        edit(file, edit.find(), edit.replace());
        return file;
    }

    /** Edits a checklist file of the copy and returns its path. */
    public Path editChecklist(String name, String find, String replace) throws IOException {
        Path file = checklists.resolve(name);
        edit(file, find, replace);
        return file;
    }

    /**
     * Adds a knowledge file to the copy's checklists, headed by the kind it declares as every knowledge file is, and
     * returns its path.
     */
    public Path addChecklist(String name, String kind, String body) throws IOException {
        return Files.writeString(checklists.resolve(name), "kind: " + kind + "\n" + body);
    }

    /** Edits a rule file of the copy and returns its path. */
    public Path editRule(String name, String find, String replace) throws IOException {
        Path file = rules.resolve(name);
        edit(file, find, replace);
        return file;
    }

    /** Replaces the first occurrence of {@code find} in a file of the copy; fails if it is not there. */
    public static void edit(Path file, String find, String replace) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf(find);
        if (at < 0) {
            throw new IllegalArgumentException(find + " not in " + file);
        }
        Files.writeString(file, text.substring(0, at) + replace + text.substring(at + find.length()));
    }

    /** The 1-based line on which {@code text} first appears in a file. */
    public static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " not in " + file);
    }
}
