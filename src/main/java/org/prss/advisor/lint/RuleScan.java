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
 * (with the status) and in {@code itemId ==} guards, each with its file and line, and the rule's salience; the
 * thresholds and declared readings the rules match by id; and each rule's comment and the numbers its conditions
 * compare facts with.
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

    /** A rule's match of a declared reading by id, with the alternative it names (null when it names none). */
    record ReadingMatch(String file, int line, String rule, String reading, String alternative) {}

    /**
     * A rule as a whole: the comment that governs it (the nearest comment block above it: its own, or its group's),
     * the comparisons of a fact with a number in its conditions, and whether it reads a threshold or a reading.
     */
    record RuleText(
            String file,
            int line,
            String rule,
            String comment,
            List<String> numberComparisons,
            boolean readsThreshold,
            boolean readsReading) {}

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;?");
    private static final Pattern RULE = Pattern.compile("^rule\\s+\"([^\"]+)\"");
    private static final Pattern SALIENCE = Pattern.compile("^\\s*salience\\s+(-?\\d+)");
    private static final Pattern DECIDES =
            Pattern.compile("Outcome\\.of\\(\\s*\"([A-Z][A-Z0-9-]*)\"\\s*,\\s*Status\\.([A-Z_]+)");
    private static final Pattern NAMES = Pattern.compile("itemId\\s*==\\s*\"([A-Z][A-Z0-9-]*)\"");
    private static final Pattern READS =
            Pattern.compile("Threshold\\(\\s*id\\s*==\\s*\"([A-Z][A-Z0-9-]*)\"([^)]*)\\)?");
    private static final Pattern QUOTED_ID = Pattern.compile("\"([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\"");
    private static final Pattern BINDING = Pattern.compile("\\$\\w+\\s*:\\s*(\\w+)");
    /** A rule's match of a declared reading: the choice taken for it, or the reading itself (for its citations). */
    private static final Pattern READING =
            Pattern.compile("(?:ReadingChoice|DeclaredReading)\\(\\s*id\\s*==\\s*\"([A-Z][A-Z0-9-]*)\""
                    + "(?:[^)]*?alternative\\s*==\\s*\"([A-Z][A-Z0-9-]*)\")?");
    /** A fact compared with a number ("trialPeriodMonths > 0"); a collection's size or a text's length is not one. */
    private static final Pattern NUMBER_COMPARISON =
            Pattern.compile("([\\w.$]+(?:\\(\\))?)\\s*(>=|<=|>|<)\\s*(-?\\d+(?:\\.\\d+)?)\\b");

    final List<Decision> decisions = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    final Set<String> thresholdsRead = new TreeSet<>();
    final List<ThresholdRead> thresholdReads = new ArrayList<>();
    final List<PackageLine> packages = new ArrayList<>();
    final List<ReadingMatch> readingMatches = new ArrayList<>();
    final List<RuleText> rules = new ArrayList<>();
    /** Every upper-case id written in quotes in a rule file ("CONFIRM-UNLESS-CLINICAL-BILLER"). */
    final Set<String> quoted = new TreeSet<>();
    /** Every text written in quotes, pieces joined by + read as one. */
    final List<RuleLiterals.Literal> literals = new ArrayList<>();

    RuleScan(List<KnowledgeFile> ruleFiles) {
        for (KnowledgeFile file : ruleFiles) {
            scan(file);
            literals.addAll(RuleLiterals.read(file));
        }
    }

    private void scan(KnowledgeFile file) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\\R", -1);
        String rule = null;
        int salience = 0;
        int ruleLine = 0;
        boolean inConditions = false;
        List<String> comment = new ArrayList<>();
        boolean commentOpen = false;
        String governing = "";
        List<String> numbers = new ArrayList<>();
        boolean readsThreshold = false;
        boolean readsReading = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (rule == null) {
                // The comment above a rule governs it and the rules after it, until the next comment.
                if (line.strip().startsWith("//")) {
                    if (!commentOpen) {
                        comment.clear();
                        commentOpen = true;
                    }
                    comment.add(line.strip().substring(2).strip());
                } else if (commentOpen && !line.isBlank()) {
                    commentOpen = false;
                    governing = String.join(" ", comment);
                }
            }
            Matcher quotedId = QUOTED_ID.matcher(line);
            while (quotedId.find()) {
                quoted.add(quotedId.group(1));
            }
            Matcher pkg = PACKAGE.matcher(line);
            if (pkg.find()) {
                packages.add(new PackageLine(file.displayPath(), i + 1, pkg.group(1)));
            }
            Matcher read = READS.matcher(line);
            while (read.find()) {
                thresholdsRead.add(read.group(1));
                readsThreshold = true;
                List<String> accessors = new ArrayList<>();
                Matcher binding = BINDING.matcher(read.group(2));
                while (binding.find()) {
                    accessors.add(binding.group(1));
                }
                thresholdReads.add(new ThresholdRead(file.displayPath(), i + 1, rule, read.group(1), accessors));
            }
            Matcher reading = READING.matcher(line);
            while (reading.find()) {
                readsReading = true;
                readingMatches.add(
                        new ReadingMatch(file.displayPath(), i + 1, rule, reading.group(1), reading.group(2)));
            }
            Matcher start = RULE.matcher(line);
            if (start.find()) {
                rule = start.group(1);
                ruleLine = i + 1;
                salience = 0;
                numbers = new ArrayList<>();
                readsThreshold = false;
                readsReading = false;
                continue;
            }
            if (rule == null) {
                continue;
            }
            String code = line.strip();
            if (code.equals("when")) {
                inConditions = true;
            } else if (code.equals("then")) {
                inConditions = false;
            } else if (inConditions && !code.startsWith("//")) {
                Matcher n = NUMBER_COMPARISON.matcher(line);
                while (n.find()) {
                    String fact = n.group(1);
                    if (!fact.endsWith("size") && !fact.endsWith("size()") && !fact.endsWith("length()")) {
                        numbers.add(fact + " " + n.group(2) + " " + n.group(3));
                    }
                }
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
            if (code.equals("end")) {
                rules.add(new RuleText(
                        file.displayPath(), ruleLine, rule, governing, numbers, readsThreshold, readsReading));
                rule = null;
            }
        }
    }
}
