package org.prss.advisor.input.document;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a line of a job description is read whatever the file format: the bullet or number a writer typed before an
 * item, and whether a short line is a heading by its looks ("Qualifications:", "ESSENTIAL FUNCTIONS").
 */
final class Lines {

    /**
     * A list marker: a bullet glyph (with the private-use codes Word's Symbol and Wingdings bullets turn into in a
     * PDF), or a number or letter followed by "." or ")" and a space.
     */
    private static final Pattern MARKER =
            Pattern.compile("^(?:[\u2022\u25E6\u25AA\u25AB\u25CF\u25CB\u25A0\u25A1\u2023\u2043\u2013\u2014\u00B7"
                    + "\u2219\u27A2\u27A4\u25BA\u2713\u2714"
                    + "\uF0B7\uF0A7\uF0D8\uF0FC\uF076\uF0A8*-]\\s*"
                    + "|\\(?(?:\\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\\s+)(?=\\S)");
    /** The most words a line looked at as a heading by its looks may have. */
    private static final int HEADING_WORDS = 8;

    private static final Pattern SMALL_WORD = Pattern.compile("(?i)a|an|and|as|at|for|in|of|on|or|the|to|with|by|&|/");

    private Lines() {}

    /** The line without its list marker, or null when it does not start with one. */
    static String withoutMarker(String line) {
        Matcher m = MARKER.matcher(line);
        return m.find() ? line.substring(m.end()).strip() : null;
    }

    /** Spaces collapsed, ligatures and other compatibility characters spelled out, soft hyphens dropped. */
    static String clean(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\u00AD", "");
        return normal.replaceAll("[\\s\u00A0]+", " ").strip();
    }

    /**
     * True for a short line that is a heading by its looks: all in bold, in capitals ("ESSENTIAL FUNCTIONS"), or in
     * title case and ending with a colon ("Duties and Functions:", but not "Specific duties include:").
     */
    static boolean looksLikeHeading(String line, boolean bold) {
        String text = line.strip();
        String[] words = text.split("\\s+");
        if (text.isEmpty() || words.length > HEADING_WORDS || text.endsWith(".") || text.endsWith(",")) {
            return false;
        }
        boolean letters = text.chars().anyMatch(Character::isLetter);
        boolean capitals = letters
                && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().filter(Character::isLetter).count() > 2;
        return letters && (bold || capitals || text.endsWith(":") && titleCase(words));
    }

    private static boolean titleCase(String[] words) {
        for (String word : words) {
            String w = word.replaceAll("[^\\p{L}&/]", "");
            if (!w.isEmpty() && !SMALL_WORD.matcher(w).matches() && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
