package org.prss.advisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.prss.advisor.bench.Launcher.CacheOptions;

/** Cold starts: fresh JVMs timed from start to exit, each alternated with its floor in the same run. */
final class ColdStarts {

    private final Launcher launcher;
    private final Path jar;
    private final ClassPaths classPaths;

    ColdStarts(Launcher launcher, Path jar, ClassPaths classPaths) {
        this.launcher = launcher;
        this.jar = jar;
        this.classPaths = classPaths;
    }

    /**
     * A cold assessment against the floor ({@link ColdStartFloor}) in the same run: the launcher ({@code ./advisor
     * assess}, with the runtime and caches it picks) and, for reference, this JVM's Java with the class-data archive
     * only, each alternated with the floor on this JVM's Java with the launcher's options for a short-lived JVM (no
     * archive: a floor has no cache of its own). Medians over the runs; the target is the launcher at most 0.6 x.
     * Where the launcher runs on a Java with an AOT cache, the floor is also run with a cache of its own on that Java
     * (the launcher's cache options), for reference: it shows what is left of the target for the advisor's own work
     * once a cache has done its part.
     */
    List<Measurement> assess(Path sample, int runs) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench", ".xlsx");
        List<String> assess = List.of("assess", sample.toString(), "-o", out.toString());
        List<String> launched = launcher.command(assess);
        Processes.seconds(launched); // makes the launcher's caches if this build has none yet
        Optional<Path> archive = launcher.classDataArchive();
        List<String> archiveOptions =
                archive.isPresent() ? launcher.options(CacheOptions.CLASS_DATA_ARCHIVE, archive.get()) : List.of();
        List<String> jarAssess = new ArrayList<>(List.of("-jar", jar.toString()));
        jarAssess.addAll(assess);
        List<String> cds = launcher.shortLived(Processes.java(), archiveOptions, jarAssess);
        List<String> floorProgram = List.of("-cp", jar.toString(), ColdStartFloor.class.getName(), out.toString());
        List<String> floor = launcher.shortLived(Processes.java(), List.of(), floorProgram);
        Optional<String> aotJava = launcher.aotJava();
        Path floorCache = Files.createTempFile("bench-floor", ".aot");
        List<String> cachedFloor = List.of();
        if (aotJava.isPresent()) {
            Processes.seconds(launcher.shortLived(
                    aotJava.get(), launcher.options(CacheOptions.MAKE_AOT_CACHE, floorCache), floorProgram));
            cachedFloor = launcher.shortLived(
                    aotJava.get(), launcher.options(CacheOptions.AOT_CACHE, floorCache), floorProgram);
        }
        Samples viaLauncher = new Samples();
        Samples withArchive = new Samples();
        Samples floors = new Samples();
        Samples cachedFloors = new Samples();
        for (int i = 0; i < runs; i++) { // alternated, so a busy moment weighs on all of them
            viaLauncher.add(Processes.seconds(launched));
            withArchive.add(Processes.seconds(cds));
            floors.add(Processes.seconds(floor));
            if (!cachedFloor.isEmpty()) {
                cachedFloors.add(Processes.seconds(cachedFloor));
            }
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(floorCache);
        double f = floors.median();
        double a = viaLauncher.median();
        double c = withArchive.median();
        String runtime = launcher.runtime();
        String floorText = String.format(Locale.ROOT, "floor %.2f s", f);
        List<Measurement> figures = new ArrayList<>(List.of(
                Measurement.against(
                        "Cold start, ./advisor assess (" + runtime + ")",
                        String.format(Locale.ROOT, "median %.2f s, worst %.2f s, %d runs", a, viaLauncher.max(), runs),
                        floorText + String.format(Locale.ROOT, ": %.2f x", a / f),
                        "at most 0.6 x the floor",
                        a / f <= 0.6),
                Measurement.reported(
                        "Cold start, Java " + Runtime.version().feature() + " with the class-data archive only",
                        String.format(Locale.ROOT, "median %.2f s, %d runs", c, runs),
                        floorText + String.format(Locale.ROOT, ": %.2f x", c / f),
                        "reference: without the AOT cache")));
        if (!cachedFloors.isEmpty()) {
            double g = cachedFloors.median();
            figures.add(Measurement.reported(
                    "Cold start floor itself, on the launcher's runtime (" + runtime + ")",
                    String.format(Locale.ROOT, "median %.2f s, %d runs", g, runs),
                    floorText + String.format(Locale.ROOT, ": %.2f x", g / f),
                    "reference: the floor's own work with the same kind of cache"));
        }
        return figures;
    }

    /**
     * Whether an assessment without duties pays for the duty-reading model: a fresh JVM assessing the sample with its
     * role removed, with the packaged class path, against the same with the sentence-embedding libraries left off
     * the class path (the baseline, measured in the same run; neither uses the class-data archive, so they compare).
     */
    Measurement withoutDuties(Path sample, int runs) throws IOException, InterruptedException {
        ObjectNode description = (ObjectNode) new ObjectMapper().readTree(sample.toFile());
        description.remove("role");
        Path noDuties = Files.createTempFile("bench-no-duties", ".json");
        Files.writeString(noDuties, description.toString());
        Path out = Files.createTempFile("bench", ".xlsx");
        List<String> assess = List.of("assess", noDuties.toString(), "-o", out.toString());
        List<String> all = launcher.cli(classPaths.packaged(), assess);
        List<String> lean = launcher.cli(classPaths.withoutEmbeddings(), assess);
        Samples with = new Samples();
        Samples without = new Samples();
        for (int i = 0; i < runs; i++) { // alternated, so a busy moment weighs on both
            with.add(Processes.seconds(all));
            without.add(Processes.seconds(lean));
        }
        Files.deleteIfExists(noDuties);
        Files.deleteIfExists(out);
        double a = with.median();
        double b = without.median();
        return Measurement.against(
                "Cold start, assessment without duties, packaged class path",
                String.format(Locale.ROOT, "median %.2f s, %d runs", a, runs),
                String.format(Locale.ROOT, "embedding libraries left off %.2f s: %.2f x", b, a / b),
                "at most 1.1 x",
                a <= b * 1.1);
    }
}
