package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesNeitherTheTargetNorATemporaryFile() {
        Path target = dir.resolve("report.xlsx");
        assertThrows(
                IOException.class,
                () -> AtomicFile.write(target, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("interrupted");
                }));
        assertFalse(Files.exists(target));
        assertEquals(0, dir.toFile().list().length);
    }

    @Test
    void aReplacedFileHoldsOnlyTheNewContent() throws IOException {
        Path target = dir.resolve("report.json");
        AtomicFile.write(target, out -> out.write("first, longer".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(target, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(target));
        assertEquals(1, dir.toFile().list().length);
    }

    @Test
    void theReportGetsThePermissionsOfAnyNewFileInTheFolder() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path plain = Files.write(dir.resolve("plain.txt"), new byte[] {1});
        Path report = dir.resolve("report.xlsx");
        AtomicFile.write(report, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));
    }
}
