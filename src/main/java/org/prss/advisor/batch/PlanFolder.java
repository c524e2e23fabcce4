package org.prss.advisor.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plans in a folder (.json, .yaml, .yml and .xlsx files, by name), and every other entry with the reason it was
 * passed over, so a batch never skips a file without saying so. Each plan gets output names of its own: the name
 * without its extension, or with it where two plans in one folder share a name ({@code jail.yaml}, {@code jail.json}).
 */
public record PlanFolder(List<Plan> plans, List<Skipped> skipped) {

    /** The extensions a batch reads as plans. */
    public static final List<String> PLAN_EXTENSIONS = List.of(".json", ".yaml", ".yml", ".xlsx");

    /**
     * A plan to assess.
     *
     * @param name       its path inside the folder, with {@code /} between folders, as reports show it
     * @param outputBase the path inside the output folder its workbook and JSON are named from
     */
    public record Plan(Path file, String name, String outputBase) {}

    /** An entry of the folder that is not assessed, and why. */
    public record Skipped(String name, String reason) {}

    /**
     * Scans {@code dir}; with {@code recursive}, its subfolders too (their outputs go to the same subfolders of the
     * output folder). The output folder itself is never scanned.
     */
    public static PlanFolder scan(Path dir, Path outDir, boolean recursive) throws IOException {
        List<Plan> plans = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        scan(dir, "", outDir.toAbsolutePath().normalize(), recursive, plans, skipped);
        return new PlanFolder(List.copyOf(plans), List.copyOf(skipped));
    }

    private static void scan(
            Path dir, String prefix, Path outDir, boolean recursive, List<Plan> plans, List<Skipped> skipped)
            throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted().toList();
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        for (Path entry : entries) {
            String name = prefix + entry.getFileName();
            String lower = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isDirectory(entry)) {
                if (entry.toAbsolutePath().normalize().equals(outDir)) {
                    skipped.add(new Skipped(name + "/", "the output folder"));
                } else if (recursive) {
                    folders.add(entry);
                } else {
                    skipped.add(
                            new Skipped(name + "/", "a folder (add --recursive to assess the plans in subfolders)"));
                }
            } else if (!Files.isRegularFile(entry)) {
                skipped.add(new Skipped(name, "not a regular file"));
            } else if (lower.startsWith("~$")) {
                skipped.add(new Skipped(name, "Excel's lock file for a workbook that is open"));
            } else if (PLAN_EXTENSIONS.stream().noneMatch(lower::endsWith)) {
                skipped.add(new Skipped(
                        name, "not a plan (a batch reads " + String.join(", ", PLAN_EXTENSIONS) + " files)"));
            } else {
                files.add(entry);
            }
        }
        Map<String, Integer> bases = new HashMap<>();
        files.forEach(f -> bases.merge(base(f).toLowerCase(Locale.ROOT), 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        for (Path f : files) {
            String own = bases.get(base(f).toLowerCase(Locale.ROOT)) > 1
                    ? f.getFileName().toString()
                    : base(f);
            String unique = own;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = own + "-" + n;
            }
            plans.add(new Plan(f, prefix + f.getFileName(), prefix + unique));
        }
        for (Path folder : folders) {
            scan(folder, prefix + folder.getFileName() + "/", outDir, true, plans, skipped);
        }
    }

    /** The file's name without its extension. */
    private static String base(Path file) {
        return file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    }
}
