package org.prss.advisor.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.KnowledgeFile;

/**
 * What each rule in the DRL files says it decides, read from the text: the item ids it names in {@code Outcome.of}
 * (with the status) and in {@code itemId ==} guards, each with its file and line, and the rule's salience; and the
 * thresholds the rules match by id.
 */
final class RuleScan {

    /** A rule's consequence that gives an item a status. */
    record Decision(String file, int line, String rule, String item, String status, int salience) {}

    /** A rule's match of a threshold by id, and the typed values it binds ("whole", "frequency", ...). */
    record ThresholdRead(String file, int line, String rule, String threshold, List<String> accessors) {}

    /** A rule file's package line. */
    record PackageLine(String file, int line, String name) {}

    /** An item id a rule names anywhere. */
    record Reference(String file, int line, String rule, String item) {}

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"");
    private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\s+(-?\\d+)");
    private static final Pattern DECIDES =
            Pattern.compile("Outcome\\.of\\(\\s*\"([A-Z][A-Z0-9-]*)\"\\s*,\\s*Status\\.([A-Z_]+)");
    private static final Pattern NAMES = Pattern.compile("itemId\\s*==\\s*\"([A-Z][A-Z0-9-]*)\"");
    private static final Pattern READS =
            Pattern.compile("Threshold\\(\\s*id\\s*==\\s*\"([A-Z][A-Z0-9-]*)\"([^)]*)\\)?");
    private static final Pattern BINDING = Pattern.compile("\\$\\w+\\s*:\\s*(\\w+)");

    final List<Decision> decisions = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final Set<String> thresholdsRead = new TreeSet<>();
    final List<ThresholdRead> thresholdReads = new ArrayList<>();
    final List<PackageLine> packages = new ArrayList<>();

    RuleScan(List<KnowledgeFile> ruleFiles) {
        for (KnowledgeFile file : ruleFiles) {
            scan(file);
        }
    }

    private void scan(KnowledgeFile file) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\\R", -1);
        String rule = null;
        int salience = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher pkg = PACKAGE.matcher(line);
            if (pkg.find()) {
                packages.add(new PackageLine(file.displayPath(), i + 1, pkg.group(1)));
            }
            Matcher read = READS.matcher(line);
            while (read.find()) {
                thresholdsRead.add(read.group(1));
                List<String> accessors = new ArrayList<>();
                Matcher binding = BINDING.matcher(read.group(2));
                while (binding.find()) {
                    accessors.add(binding.group(1));
                }
                thresholdReads.add(new ThresholdRead(file.displayPath(), i + 1, rule, read.group(1), accessors));
            }
            Matcher start = RULE.matcher(line);
            if (start.find()) {
                rule = start.group(1);
                salience = 0;
                continue;
            }
            if (rule == null) {
                continue;
            }
            Matcher s = SALIENCE.matcher(line);
            if (s.find()) {
                salience = Integer.parseInt(s.group(1));
            }
            Matcher d = DECIDES.matcher(line);
            while (d.find()) {
                decisions.add(new Decision(file.displayPath(), i + 1, rule, d.group(1), d.group(2), salience));
                references.add(new Reference(file.displayPath(), i + 1, rule, d.group(1)));
            }
            Matcher n = NAMES.matcher(line);
            while (n.find()) {
                references.add(new Reference(file.displayPath(), i + 1, rule, n.group(1)));
            }
            if (line.strip().equals("end")) {
                rule = null;
            }
        }
    }
}
