package org.prss.advisor.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house style's size limit: no production source file is longer than 450 lines. A class that grows past it has
 * taken a second job; split it by job (a reader per knowledge kind, a sheet per workbook tab) rather than by length.
 */
class ClassSizeTest {

    private static final int LIMIT = 450;

    @Test
    void noProductionClassIsLongerThan450Lines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readAllLines(file).size();
                if (lines > LIMIT) {
                    tooLong.add(file + ": " + lines + " lines");
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
