package org.prss.advisor.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.prss.advisor.files.FileOrFolder;

/**
 * Finds the knowledge files: the packaged copy inside the jar, or an edited folder given on the command line.
 * Files are listed in name order so the rule base and its hash do not depend on the file system.
 */
public final class KnowledgeFiles {

    public static final String RULES = "rules";
    public static final String CHECKLISTS = "checklists";
    private static final String PACKAGED_ROOT = "knowledge";

    private KnowledgeFiles() {}

    /**
     * The knowledge to use: each folder from the given directory when one is given, else the packaged copy.
     */
    public static List<KnowledgeFile> load(Path rulesDir, Path checklistsDir) throws KnowledgeException {
        List<KnowledgeFile> files = new ArrayList<>();
        files.addAll(rulesDir == null ? packaged(RULES) : fromDirectory(RULES, rulesDir));
        files.addAll(checklistsDir == null ? packaged(CHECKLISTS) : fromDirectory(CHECKLISTS, checklistsDir));
        return files;
    }

    private static List<KnowledgeFile> fromDirectory(String folder, Path dir) throws KnowledgeException {
        String notAFolder = FileOrFolder.notAFolder(dir);
        if (notAFolder != null) {
            String what = folder.equals(RULES) ? ".drl rule files" : "checklist files";
            throw new KnowledgeException(List.of(new KnowledgeProblem(
                    dir.toString(),
                    0,
                    notAFolder + " (--" + folder + " takes the folder of " + what + ", such as " + folder + "/)")));
        }
        try {
            return read(folder, dir, dir.toString());
        } catch (IOException e) {
            throw new KnowledgeException(
                    List.of(new KnowledgeProblem(dir.toString(), 0, "cannot be read: " + e.getMessage())));
        }
    }

    private static List<KnowledgeFile> packaged(String folder) {
        URL url = KnowledgeFiles.class.getResource("/" + PACKAGED_ROOT + "/" + folder);
        if (url == null) {
            throw new IllegalStateException("the packaged " + folder + " are missing from the build");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(folder, jar.provider().getPath(uri), folder);
                }
            }
            return read(folder, Path.of(uri), folder);
        } catch (IOException e) {
            throw new UncheckedIOException("the packaged " + folder + " cannot be read", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<KnowledgeFile> read(String folder, Path dir, String displayDir) throws IOException {
        List<KnowledgeFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path file : entries.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList()) {
                String name = file.getFileName().toString();
                files.add(new KnowledgeFile(folder, name, displayDir + "/" + name, Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
