package org.prss.advisor.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.DeclaredReading;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeProblem;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.text.NearestName;

/** Checks the declared readings (checklists/readings.yaml) against the rules and thresholds that rest on them. */
final class ReadingLint {

    private final KnowledgeBase knowledge;
    private final RuleScan scan;

    ReadingLint(KnowledgeBase knowledge, RuleScan scan) {
        this.knowledge = knowledge;
        this.scan = scan;
    }

    /** A passage cited in a comment: a line or page number. */
    private static final Pattern PASSAGE =
            Pattern.compile("\\b(lines?|pages?|p\\.|pp\\.)\\s*\\d+", Pattern.CASE_INSENSITIVE);

    /** Where the advisor says in its own words that a decision is its reading rather than a source's. */
    private static final Pattern OUR_READING = Pattern.compile("\\bour reading\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The declared readings against the rules and thresholds: every reading a rule matches exists and so does the
     * alternative it names; every declared reading is used; a threshold or rule that calls a decision its own reading
     * names the declared reading; a rule that compares a fact with a number cites a passage for it, reads a threshold
     * or rests on a reading.
     */
    List<KnowledgeProblem> lint(Map<String, Threshold> thresholds) {
        List<KnowledgeProblem> problems = new ArrayList<>();
        Map<String, DeclaredReading> readings = new LinkedHashMap<>();
        knowledge.declaredReadings().forEach(r -> readings.put(r.id(), r));
        Set<String> used = new TreeSet<>();
        for (RuleScan.ReadingMatch m : scan.readingMatches) {
            DeclaredReading r = readings.get(m.reading());
            if (r == null) {
                problems.add(new KnowledgeProblem(
                        m.file(),
                        m.line(),
                        "rule '" + m.rule() + "' matches reading " + m.reading()
                                + ", which no readings file declares"
                                + NearestName.suffix(m.reading(), readings.keySet())));
                continue;
            }
            used.add(r.id());
            if (m.alternative() != null && r.alternative(m.alternative()).isEmpty()) {
                problems.add(new KnowledgeProblem(
                        m.file(),
                        m.line(),
                        "rule '" + m.rule() + "' matches alternative " + m.alternative() + " of reading " + r.id()
                                + ", which has only " + String.join(", ", r.alternativeIds())));
            }
        }
        thresholds.values().stream()
                .map(Threshold::reading)
                .filter(Objects::nonNull)
                .forEach(used::add);
        for (DeclaredReading r : readings.values()) {
            if (!used.contains(r.id())) {
                problems.add(new KnowledgeProblem(
                        r.file(),
                        r.line(),
                        "reading " + r.id() + " is used by no rule (ReadingChoice(id == \"" + r.id()
                                + "\", ...)) and no threshold (reading: " + r.id() + "); use it or remove it"));
            }
        }
        for (DeclaredReading r : readings.values()) {
            for (DeclaredReading.Alternative a : r.alternatives()) {
                if (used.contains(r.id()) && !scan.quoted.contains(a.id())) {
                    problems.add(new KnowledgeProblem(
                            r.file(),
                            r.line(),
                            "alternative " + a.id() + " of reading " + r.id() + " is named by no rule (\"" + a.id()
                                    + "\"), so choosing it would change nothing"));
                }
            }
        }
        for (Threshold t : thresholds.values()) {
            if (t.reading() == null
                    && t.description() != null
                    && OUR_READING.matcher(t.description()).find()) {
                problems.add(new KnowledgeProblem(
                        t.file(),
                        t.line(),
                        "threshold " + t.id() + " says its value is our reading but names no declared reading;"
                                + " declare it in a readings file and name it (reading: ID)"));
            }
        }
        for (RuleScan.RuleText rule : scan.rules) {
            boolean namesReading =
                    readings.keySet().stream().anyMatch(id -> rule.comment().contains(id));
            if (!rule.readsReading()
                    && !namesReading
                    && OUR_READING.matcher(rule.comment()).find()) {
                problems.add(new KnowledgeProblem(
                        rule.file(),
                        rule.line(),
                        "rule '" + rule.rule() + "' is commented as our reading but rests on no declared reading;"
                                + " declare it and match it (ReadingChoice(id == ...)) or name it in the comment"));
            }
            if (!rule.numberComparisons().isEmpty()
                    && !rule.readsThreshold()
                    && !rule.readsReading()
                    && !namesReading
                    && !PASSAGE.matcher(rule.comment()).find()) {
                problems.add(new KnowledgeProblem(
                        rule.file(),
                        rule.line(),
                        "rule '" + rule.rule() + "' compares " + String.join(", ", rule.numberComparisons())
                                + " but cites no passage for the number (a line or page in the comment above it),"
                                + " reads no threshold and rests on no declared reading"));
            }
        }
        return problems;
    }
}
