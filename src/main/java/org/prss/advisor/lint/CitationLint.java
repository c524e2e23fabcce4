package org.prss.advisor.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeProblem;

/**
 * Rules cite through the knowledge: no text a rule writes names a source by its short name (sources.yaml) or gives a
 * locator (a line, page, section, chapter, appendix, guideline or principle). The citations of thresholds, items and
 * declared readings hold those, so that correcting one in checklists/ corrects every finding that cites it; a
 * rationale prints them with {@code Citing.of}. Comments may cite as they like.
 */
final class CitationLint {

    /** A place in a document, as the knowledge's locators and sections write one. */
    private static final Pattern LOCATOR = Pattern.compile(
            "\\b(?:lines?|pages?|pp?\\.|sections?|ch\\.|chapter|guideline|principle|tool|resource|step)"
                    + "\\s*\\d+(?:\\s*[-\\u2013]\\s*\\d+)?"
                    + "|\\b(?:appendix|table|figure)\\s+(?:(?-i:[A-Z])\\b|\\d+)",
            Pattern.CASE_INSENSITIVE);

    private static final String INSTEAD = "; cite through the knowledge instead: Citing.of(the threshold the rule"
            + " matches, or the citations of its item or declared reading) prints what checklists/ holds";

    private final Pattern sources;
    private final RuleScan scan;

    CitationLint(KnowledgeBase knowledge, RuleScan scan) {
        this.scan = scan;
        // Longest first, so that a name is reported whole rather than as a shorter name inside it.
        this.sources = Pattern.compile(
                knowledge.sources().keySet().stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .map(name -> "(?<!\\w)" + Pattern.quote(name).replace(" ", "\\E\\s+\\Q") + "(?!\\w)")
                        .collect(Collectors.collectingAndThen(
                                Collectors.joining("|"), names -> names.isEmpty() ? "(?!)" : names)),
                Pattern.CASE_INSENSITIVE);
    }

    List<KnowledgeProblem> lint() {
        List<KnowledgeProblem> problems = new ArrayList<>();
        for (RuleLiterals.Literal literal : scan.literals) {
            report(literal, sources.matcher(literal.text()), "the source", problems);
            report(literal, LOCATOR.matcher(literal.text()), "the locator", problems);
        }
        return problems;
    }

    private static void report(
            RuleLiterals.Literal literal, Matcher found, String what, List<KnowledgeProblem> problems) {
        while (found.find()) {
            String named = found.group().replaceAll("\\s+", " ");
            problems.add(new KnowledgeProblem(
                    literal.file(),
                    literal.lineAt(found.start()),
                    (literal.where().isEmpty() ? "the file" : literal.where()) + " writes " + what + " '" + named
                            + "' in a text" + INSTEAD));
        }
    }
}
