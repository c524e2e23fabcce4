package org.prss.advisor.input;

import java.util.regex.Pattern;

/**
 * A message quoting a user's file on one line: a field name or value that carries a line break is shown with the break
 * escaped ({@code \n}), and other control characters as spaces, so a report reads one problem a line whatever the file
 * held.
 */
public final class OneLine {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private OneLine() {}

    /** The text on one line; null stays null. */
    public static String of(String text) {
        return text == null
                ? null
                : CONTROL.matcher(LINE_BREAK.matcher(text).replaceAll("\\\\n")).replaceAll(" ");
    }
}
