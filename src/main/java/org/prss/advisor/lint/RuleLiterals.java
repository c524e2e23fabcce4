package org.prss.advisor.lint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.prss.advisor.knowledge.KnowledgeFile;

/**
 * The texts a rule file writes in quotes, outside comments: each with the rule or function it is in. Pieces joined by
 * {@code +} alone ({@code "... (All Rise" + " Guidelines 2023)"}) are read as one text, as a reader of the finding
 * sees them, and each place in the text knows the line it was written on.
 */
final class RuleLiterals {

    /** One text: its pieces' lines, by where each piece starts in the text. */
    record Literal(String file, String where, String text, List<Integer> starts, List<Integer> lines) {

        /** The line the text's character at {@code index} was written on. */
        int lineAt(int index) {
            int piece = 0;
            while (piece + 1 < starts.size() && starts.get(piece + 1) <= index) {
                piece++;
            }
            return lines.get(piece);
        }
    }

    private static final Pattern RULE = Pattern.compile("rule\\s+\"([^\"]+)\"");
    private static final Pattern FUNCTION = Pattern.compile("function\\s+[\\w.<>\\[\\]]+\\s+(\\w+)\\s*\\(");

    private final KnowledgeFile file;
    private final String text;
    private final List<Literal> literals = new ArrayList<>();
    private int at;
    private int line = 1;
    private String where = "";

    private RuleLiterals(KnowledgeFile file) {
        this.file = file;
        this.text = new String(file.content(), StandardCharsets.UTF_8);
    }

    static List<Literal> read(KnowledgeFile file) {
        RuleLiterals reader = new RuleLiterals(file);
        reader.readAll();
        return reader.literals;
    }

    private void readAll() {
        boolean lineStart = true;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (lineStart) {
                enter();
            }
            lineStart = false;
            if (text.startsWith("//", at)) {
                skipTo("\n", false);
            } else if (text.startsWith("/*", at)) {
                skipTo("*/", true);
            } else if (c == '"' || c == '\'') {
                literal();
            } else {
                lineStart = c == '\n';
                advance();
            }
        }
    }

    /** A rule or function starting on this line: the texts after it are its own. */
    private void enter() {
        int indent = at;
        while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
            indent++;
        }
        Matcher rule = RULE.matcher(text).region(indent, text.length());
        Matcher function = FUNCTION.matcher(text).region(indent, text.length());
        if (rule.lookingAt()) {
            where = "rule '" + rule.group(1) + "'";
        } else if (function.lookingAt()) {
            where = "function " + function.group(1);
        }
    }

    /** One text, with any pieces that follow it joined by {@code +} alone. */
    private void literal() {
        StringBuilder joined = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        while (true) {
            starts.add(joined.length());
            lines.add(line);
            joined.append(piece());
            int after = at;
            int afterLine = line;
            skipBlank();
            if (at < text.length() && text.charAt(at) == '+') {
                advance();
                skipBlank();
                if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                    continue;
                }
            }
            at = after;
            line = afterLine;
            break;
        }
        literals.add(new Literal(file.displayPath(), where, joined.toString(), starts, lines));
    }

    /** A quoted piece as written, escapes kept. */
    private String piece() {
        char quote = text.charAt(at);
        advance();
        StringBuilder piece = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote && text.charAt(at) != '\n') {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                piece.append(text.charAt(at));
                advance();
            }
            piece.append(text.charAt(at));
            advance();
        }
        if (at < text.length() && text.charAt(at) == quote) {
            advance();
        }
        return piece.toString();
    }

    private void skipBlank() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            advance();
        }
    }

    private void skipTo(String end, boolean past) {
        while (at < text.length() && !text.startsWith(end, at)) {
            advance();
        }
        if (past) {
            for (int i = 0; i < end.length() && at < text.length(); i++) {
                advance();
            }
        }
    }

    private void advance() {
        if (text.charAt(at) == '\n') {
            line++;
        }
        at++;
    }
}
