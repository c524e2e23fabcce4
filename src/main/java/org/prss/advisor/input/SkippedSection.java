package org.prss.advisor.input;

/**
 * A section of a job description that was not reviewed, because its heading is not one of the duty headings
 * ({@code checklists/job-description-sections.yaml}).
 *
 * @param heading the heading as written, "(before the first heading)", or "(no text: a scanned page?)" for a PDF
 *                page that is an image
 * @param page    the page it starts on in a PDF; 0 in a Word document, which has no fixed pages
 * @param lines   how many paragraphs and list items it holds
 * @param why     why it was not reviewed
 */
public record SkippedSection(String heading, int page, int lines, String why) {

    static final String NOT_DUTIES = "not a duty list: its heading is not one of the duty headings in "
            + "checklists/job-description-sections.yaml (add it there to review it)";
    static final String NO_TEXT = "the page is an image with no text (a scan?), so it could not be read";

    /** "Qualifications (page 2, 4 lines)", as the command line and the workbook show it. */
    public String described() {
        String where = page > 0 ? "page " + page + ", " : "";
        return heading + " (" + where + lines + (lines == 1 ? " line)" : " lines)");
    }
}
