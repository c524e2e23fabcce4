package org.prss.advisor.input.document;

/** A job description file that cannot be read: encrypted, without a text layer, or not the format its name says. */
public final class UnreadableDocument extends Exception {

    private final String hint;

    UnreadableDocument(String problem, String hint) {
        super(problem);
        this.hint = hint;
    }

    /** Why, in plain words: "the PDF is password-protected, so its text cannot be read". */
    public String problem() {
        return getMessage();
    }

    /** What to do about it. */
    public String hint() {
        return hint;
    }
}
