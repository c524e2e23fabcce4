package org.prss.advisor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.prss.advisor.bench.Launcher.CacheOptions;

/**
 * The JVM options have one source, scripts/jvm-options: the launcher reads it, and the bench asks the launcher, so a
 * JVM the bench times gets what the file says, with a cache's path as one option even when it holds a space.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "advisor.jar").toAbsolutePath();

    @ParameterizedTest
    @EnumSource(CacheOptions.class)
    void eachCacheGroupTheBenchAsksForIsTheFilesWithThePathInPlace(CacheOptions group) throws Exception {
        Path cache = Path.of("/tmp/bench cache/floor.aot");
        List<String> expected = fileGroup(group.name()).stream()
                .map(o -> o.replace("{FILE}", cache.toString()))
                .toList();
        List<String> options = Launcher.of(JAR).options(group, cache);
        assertEquals(expected, options);
        assertTrue(options.get(options.size() - 1).endsWith("=" + cache), options.toString());
    }

    @Test
    void aShortLivedJvmStartsWithTheFilesShortLivedOptions() throws Exception {
        List<String> shortLived = fileGroup("SHORT_LIVED");
        List<String> command = Launcher.of(JAR).shortLived("java", List.of("-Dcache"), List.of("-version"));
        assertEquals(shortLived, command.subList(1, 1 + shortLived.size()), command.toString());
        assertEquals(List.of("-Dcache", "-version"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void aGroupTheLauncherDoesNotKnowIsRefusedWithTheGroupsItKnows() throws Exception {
        Process p = new ProcessBuilder("bash", "advisor", "--jvm-options", "SERVE", "x")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.waitFor(), out);
        assertTrue(out.contains("not 'SERVE'") && out.contains("CLASS_DATA_ARCHIVE"), out);
    }

    /** A group's options as scripts/jvm-options writes them: NAME="OPTION ...". */
    private static List<String> fileGroup(String name) throws Exception {
        String prefix = name + "=\"";
        String line = Files.readAllLines(Path.of("scripts", "jvm-options")).stream()
                .filter(l -> l.startsWith(prefix))
                .findFirst()
                .orElseThrow();
        return List.of(line.substring(prefix.length(), line.lastIndexOf('"')).split(" +"));
    }
}
