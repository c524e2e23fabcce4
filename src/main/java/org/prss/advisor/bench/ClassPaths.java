package org.prss.advisor.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.prss.advisor.web.SteadyState;

/**
 * The class paths the bench runs fresh JVMs on: this build's jar with its libraries (or without the sentence-embedding
 * ones), a baseline's jar with the same libraries, and this build's workload over a baseline's jar.
 */
final class ClassPaths {

    /** The model, ONNX Runtime and the tokenizer, and what only they bring. */
    private static final Pattern EMBEDDING_LIBRARIES =
            Pattern.compile("^(langchain4j|onnxruntime|tokenizers|api-0|jna|gson)");

    /** The classes the workload needs from this build when it runs against a baseline's jar. */
    private static final List<Class<?>> WORKLOAD_CLASSES = List.of(WarmWorkload.class, SteadyState.class);

    private final Path jar;

    ClassPaths(Path jar) {
        this.jar = jar;
    }

    /** This build's jar and all its libraries. */
    String packaged() throws IOException {
        return withLibraries(jar.toString());
    }

    /** A class path followed by all of this build's libraries. */
    String withLibraries(String classPath) throws IOException {
        return classPath + File.pathSeparator + libraries(false);
    }

    /** This build's jar without the sentence-embedding libraries. */
    String withoutEmbeddings() throws IOException {
        return jar + File.pathSeparator + libraries(true);
    }

    /** The baseline's jar with this build's libraries. */
    String baseline(Baseline baseline) throws IOException {
        return withLibraries(baseline.jar().toString());
    }

    /**
     * The class path that runs this build's workload class against the baseline's jar: the workload's classes, copied
     * out of this build's jar into a folder of their own, ahead of the baseline's jar.
     */
    String workloadOver(Baseline baseline) throws IOException {
        Path probe = jar.toAbsolutePath().getParent().resolve("bench-baseline/workload");
        Folders.delete(probe); // a class left by an earlier build must not shadow the baseline's
        List<String> prefixes = WORKLOAD_CLASSES.stream()
                .map(c -> c.getName().replace('.', '/'))
                .toList();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                String name = entry.getName();
                if (prefixes.stream().anyMatch(name::startsWith)) {
                    Path target = probe.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return probe + File.pathSeparator + baseline.jar();
    }

    /** The jar's libraries as a class path, optionally without the sentence-embedding model and its runtime. */
    private String libraries(boolean withoutEmbeddings) throws IOException {
        try (Stream<Path> files = Files.list(jar.resolveSibling("lib"))) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".jar"))
                    .sorted()
                    .filter(f -> !withoutEmbeddings
                            || !EMBEDDING_LIBRARIES
                                    .matcher(Path.of(f).getFileName().toString())
                                    .find())
                    .collect(Collectors.joining(File.pathSeparator));
        }
    }
}
