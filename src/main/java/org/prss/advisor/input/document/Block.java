package org.prss.advisor.input.document;

/**
 * One piece of a job description as read from the file: a heading, a bullet or numbered item, or a paragraph of text.
 *
 * @param level for a heading, its depth (1 for the largest); deeper headings nest under shallower ones
 * @param page  the page it starts on in a PDF; 0 in a Word document, which has no fixed pages
 */
public record Block(Kind kind, String text, int level, int page) {

    public enum Kind {
        HEADING,
        ITEM,
        TEXT
    }

    static Block heading(String text, int level, int page) {
        return new Block(Kind.HEADING, text, level, page);
    }

    static Block item(String text, int page) {
        return new Block(Kind.ITEM, text, 0, page);
    }

    static Block text(String text, int page) {
        return new Block(Kind.TEXT, text, 0, page);
    }

    Block withText(String more) {
        return new Block(kind, more, level, page);
    }
}
