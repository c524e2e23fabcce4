package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.prss.advisor.Advisor;

/**
 * One mistake in the knowledge, as a row of a parameterized test: edits to a copy of rules/ and checklists/, and the
 * lines the error report must contain. The row is named for the behaviour, so a failing row says which check broke.
 *
 * <p>Expected lines name places in the edited copy, found after the edits are made: {@code {readiness.yaml}} is the
 * file's path, {@code {readiness.yaml@id: RDY-HR-01}} its path and the line on which that text first stands
 * ({@code path:line}), {@code {readiness.yaml#id: RDY-HR-01}} that line number alone. So the rows hold no line numbers
 * and survive lines added above them (a header, say).
 *
 * <p>A row is an error the knowledge fails to load with, or a problem {@code rules check} lints in knowledge that
 * loads. The rules are compiled only where a row edits a rule file: a checklist's errors are checked by loading the
 * checklists alone, and its lint problems with the packaged, precompiled rules, which the edit leaves as they are.
 */
public record KnowledgeErrorCase(String behaviour, Stage stage, List<KnowledgeEdit> edits, List<Reported> reported) {

    /** Where the mistake shows: loading the knowledge fails, or it loads and the linter reports it. */
    public enum Stage {
        LOAD,
        LINT
    }

    /**
     * What the report must hold: one of these texts (CONTAINS), exactly this text and nothing else (WHOLE), or a line
     * that starts with the first text and contains the second (LINE).
     */
    record Reported(List<String> texts, Kind kind) {

        enum Kind {
            CONTAINS,
            WHOLE,
            LINE
        }
    }

    private static final Pattern PLACE = Pattern.compile("\\{([\\w.-]+\\.(?:yaml|csv|drl))(?:([@#])([^}]*))?}");

    public KnowledgeErrorCase {
        edits = List.copyOf(edits);
        reported = List.copyOf(reported);
    }

    /** A load error, whose first edit replaces {@code find} with {@code replace} in the named file. */
    public static KnowledgeErrorCase editing(String behaviour, String file, String find, String replace) {
        return new KnowledgeErrorCase(
                behaviour, Stage.LOAD, List.of(new KnowledgeEdit(file, find, replace)), List.of());
    }

    /** A lint problem, whose first edit replaces {@code find} with {@code replace} in the named file. */
    public static KnowledgeErrorCase linting(String behaviour, String file, String find, String replace) {
        return new KnowledgeErrorCase(
                behaviour, Stage.LINT, List.of(new KnowledgeEdit(file, find, replace)), List.of());
    }

    /** The row with a further edit. */
    public KnowledgeErrorCase and(String file, String find, String replace) {
        List<KnowledgeEdit> more = new ArrayList<>(edits);
        more.add(new KnowledgeEdit(file, find, replace));
        return new KnowledgeErrorCase(behaviour, stage, more, reported);
    }

    /** The row expecting the report to contain each of these texts (with places written as above). */
    public KnowledgeErrorCase reports(String... texts) {
        KnowledgeErrorCase row = this;
        for (String text : texts) {
            row = row.reportsOneOf(text);
        }
        return row;
    }

    /** The row expecting the report to contain at least one of these texts, where either place may be reported. */
    public KnowledgeErrorCase reportsOneOf(String... texts) {
        return expecting(new Reported(List.of(texts), Reported.Kind.CONTAINS));
    }

    /** The row expecting the report to be exactly this text: this problem and no other. */
    public KnowledgeErrorCase reportsOnly(String text) {
        return expecting(new Reported(List.of(text), Reported.Kind.WHOLE));
    }

    /** The row expecting a line of the report that starts with {@code start} and contains {@code text}. */
    public KnowledgeErrorCase reportsLine(String start, String text) {
        return expecting(new Reported(List.of(start, text), Reported.Kind.LINE));
    }

    private KnowledgeErrorCase expecting(Reported expected) {
        List<Reported> more = new ArrayList<>(reported);
        more.add(expected);
        return new KnowledgeErrorCase(behaviour, stage, edits, more);
    }

    /** Makes the edits in a copy under {@code dir}, loads it, and checks the report holds every expected text. */
    public void check(Path dir) throws IOException, KnowledgeException {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        for (KnowledgeEdit edit : edits) {
            copy.apply(edit);
        }
        boolean rules = edits.stream().anyMatch(KnowledgeEdit::touchesRules);
        String report = stage == Stage.LINT
                ? lint(Advisor.load(rules ? copy.rules : null, copy.checklists))
                : (rules ? loadErrors(copy) : checklistErrors(copy));
        for (Reported r : reported) {
            List<String> expected = new ArrayList<>();
            for (String text : r.texts()) {
                expected.add(places(copy, text));
            }
            switch (r.kind()) {
                case WHOLE -> assertEquals(expected.get(0), report);
                case LINE ->
                    assertTrue(
                            report.lines().anyMatch(l -> l.startsWith(expected.get(0)) && l.contains(expected.get(1))),
                            "expected a line starting " + expected.get(0) + " with " + expected.get(1) + "\nin: "
                                    + report);
                case CONTAINS ->
                    assertTrue(
                            expected.stream().anyMatch(report::contains),
                            "expected " + String.join(" or ", expected) + "\nin: " + report);
            }
        }
    }

    /** The error report of the copy's whole knowledge, rules compiled, which must fail to load. */
    public static String loadErrors(KnowledgeCopy copy) {
        return assertThrows(KnowledgeException.class, () -> Advisor.load(copy.rules, copy.checklists))
                .report();
    }

    /**
     * The error report of the copy's checklists, which must fail to load; the rules are read, not compiled, for a
     * checklist's errors do not depend on them (compiling the rules takes most of a load).
     */
    public static String checklistErrors(KnowledgeCopy copy) {
        return assertThrows(
                        KnowledgeException.class,
                        () -> KnowledgeLoader.load(KnowledgeFiles.load(copy.rules, copy.checklists)))
                .report();
    }

    /** What {@code rules check} lints in knowledge that loads, a problem a line. */
    public static String lint(Advisor advisor) {
        return advisor.lint().stream().map(KnowledgeProblem::toString).collect(Collectors.joining("\n"));
    }

    private static String places(KnowledgeCopy copy, String text) throws IOException {
        Matcher m = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Path file = copy.file(m.group(1));
            String place = m.group(2) == null
                    ? file.toString()
                    : (m.group(2).equals("@") ? file + ":" : "") + KnowledgeCopy.lineOf(file, m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(place));
        }
        return m.appendTail(out).toString();
    }

    @Override
    public String toString() {
        return behaviour;
    }
}
