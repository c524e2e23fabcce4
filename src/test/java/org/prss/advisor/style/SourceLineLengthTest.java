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
 * The house style's line limit: no line of Java source is longer than 120 characters. The formatter (spotless with
 * palantir-java-format, checked in verify) wraps code; text it cannot wrap, such as comments and text blocks, is held
 * here.
 */
class SourceLineLengthTest {

    private static final int LIMIT = 120;

    @Test
    void noJavaLineIsLongerThan120Characters() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).length() > LIMIT) {
                        tooLong.add(file + ":" + (i + 1) + ": " + lines.get(i).length() + " characters");
                    }
                }
            }
        }
        assertEquals(List.of(), tooLong);
    }
}
