package org.prss.advisor.input.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF job description with PDFBox. A PDF has lines, not paragraphs, so they are put back together: a line
 * that starts with a bullet or number starts an item, and the indented lines under it (on the next page too) continue
 * it; a line in a larger font, or short and bold, or short and ending with a colon, is a heading; page numbers and
 * running headers and footers are dropped.
 */
public final class PdfDocument {

    /** The top and bottom share of a page where page numbers and running headers and footers sit. */
    private static final float MARGIN_BAND = 0.08f;

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("(?i)(page\\s*)?\\d{1,3}(\\s*(of|/)\\s*\\d{1,3})?|-\\s*\\d{1,3}\\s*-");
    /** How much larger than the body text a line's font must be to make it a heading, in points. */
    private static final float LARGER = 1.5f;
    /** Points of tolerance when comparing where lines start. */
    private static final float ALIGN = 2f;

    private static final int HEADING_WORDS = 12;
    /**
     * A job description runs to a few pages; a PDF of hundreds is another document (a manual, a policy binder), and
     * reading thousands of pages would hold a request for minutes.
     */
    static final int MAX_PAGES = 100;

    private static final String DAMAGED = "the file may be damaged or cut short: download or export it again";

    private PdfDocument() {}

    /** One line of text on a page: where it starts and sits, its font size, and whether it is all bold. */
    record Line(String text, int page, float x, float baseline, float size, boolean bold, boolean inMargin) {}

    public static DocumentText read(byte[] content) throws UnreadableDocument {
        if (!new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new UnreadableDocument(
                    "is not a PDF: a PDF file begins with %PDF-, and this one does not",
                    "check that the file is the posting itself, not a web page or another format saved under a .pdf "
                            + "name");
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableDocument("cannot be read as a PDF: no pages were found in it", DAMAGED);
            }
            if (document.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocument(
                        "has " + document.getNumberOfPages() + " pages, more than the " + MAX_PAGES
                                + " the advisor reads: a job description is a few pages long",
                        "give the job description itself, or copy its duties into a text file, one per line");
            }
            LineCollector collector = new LineCollector();
            collector.getText(document);
            List<Line> lines = withoutFurniture(collector.lines);
            List<Integer> imageOnly =
                    imageOnlyPages(document, lines.stream().map(Line::page).collect(Collectors.toSet()));
            if (lines.isEmpty()) {
                throw imageOnly.isEmpty()
                        ? new UnreadableDocument(
                                "holds no text on any of its " + document.getNumberOfPages() + " page(s)", DAMAGED)
                        : new UnreadableDocument(
                                "has no text layer: its pages are images, as in a scanned document, so "
                                        + "there are no words to read",
                                "ask for the job description as a Word document or as a PDF saved "
                                        + "from one, or run text recognition (OCR) on the scan first");
            }
            return new DocumentText(new Layout(lines).blocks(), imageOnly);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocument(
                    "the PDF is password-protected, so its text cannot be read",
                    "save or export a copy without the password and try again");
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new UnreadableDocument(
                    "cannot be read as a PDF (" + (message.length() > 200 ? message.substring(0, 200) + "..." : message)
                            + ")",
                    DAMAGED);
        }
    }

    /** Pages with no text (page numbers aside) but with an image or drawing on them: scanned pages. */
    private static List<Integer> imageOnlyPages(PDDocument document, Set<Integer> pagesWithText) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDResources resources = document.getPage(i).getResources();
            boolean images =
                    resources != null && resources.getXObjectNames().iterator().hasNext();
            if (!pagesWithText.contains(i + 1) && images) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    /** Page numbers, and lines that repeat in the top or bottom band of more than one page (running heads). */
    private static List<Line> withoutFurniture(List<Line> lines) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (Line line : lines) {
            if (line.inMargin()) {
                pagesOf.computeIfAbsent(line.text().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
                        .add(line.page());
            }
        }
        return lines.stream()
                .filter(line -> !(line.inMargin()
                        && (PAGE_NUMBER.matcher(line.text()).matches()
                                || pagesOf.get(line.text().toLowerCase(Locale.ROOT))
                                                .size()
                                        > 1)))
                .toList();
    }

    /** Collects the lines PDFBox finds, in reading order, each with its position and font. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private float pageHeight;

        LineCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            pageHeight = page.getCropBox().getHeight();
        }

        @Override
        protected void writeString(String string, List<TextPosition> textPositions) {
            text.append(string);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            flush();
            super.writeParagraphStart();
        }

        @Override
        protected void writeParagraphEnd() throws IOException {
            flush();
            super.writeParagraphEnd();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            flush();
            super.endPage(page);
        }

        private void flush() {
            String line = Lines.clean(text.toString());
            List<TextPosition> glyphs =
                    positions.stream().filter(p -> !p.getUnicode().isBlank()).toList();
            text.setLength(0);
            positions.clear();
            if (line.isEmpty() || glyphs.isEmpty()) {
                return;
            }
            float x = Float.MAX_VALUE;
            float baseline = 0;
            float size = 0;
            boolean bold = true;
            for (TextPosition p : glyphs) {
                x = Math.min(x, p.getXDirAdj());
                baseline = Math.max(baseline, p.getYDirAdj());
                size = Math.max(size, p.getFontSizeInPt());
                bold &= bold(p.getFont());
            }
            boolean inMargin = baseline < pageHeight * MARGIN_BAND || baseline > pageHeight * (1 - MARGIN_BAND);
            lines.add(new Line(line, getCurrentPageNo(), x, baseline, size, bold, inMargin));
        }

        private static boolean bold(PDFont font) {
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return name.contains("bold")
                    || name.contains("black")
                    || name.contains("heavy")
                    || descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
        }
    }

    /** Puts lines back together into headings, items and paragraphs. */
    private static final class Layout {

        private final List<Line> lines;
        private final float bodySize;
        private final float leading;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Float> headingSizes = new ArrayList<>();
        private Line previous;
        private float itemX;

        Layout(List<Line> lines) {
            this.lines = lines;
            this.bodySize = bodySize(lines);
            this.leading = leading(lines, bodySize);
        }

        List<Block> blocks() {
            for (Line line : lines) {
                add(line);
                previous = line;
            }
            return leveled();
        }

        private void add(Line line) {
            String item = Lines.withoutMarker(line.text());
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (item != null) {
                blocks.add(Block.item(item, line.page()));
                itemX = line.x();
            } else if (isHeading(line)) {
                if (last != null
                        && last.kind() == Block.Kind.HEADING
                        && closeBelow(line, 1.6f * line.size())
                        && Math.abs(headingSizes.get(headingSizes.size() - 1) - line.size()) < 0.5f) {
                    replaceLast(last.text() + " " + line.text());
                } else {
                    blocks.add(Block.heading(line.text(), 0, line.page()));
                    headingSizes.add(line.size());
                }
            } else if (last != null && last.kind() == Block.Kind.ITEM && continues(line) && line.x() > itemX + ALIGN) {
                replaceLast(joined(last.text(), line.text()));
            } else if (last != null
                    && last.kind() == Block.Kind.TEXT
                    && continues(line)
                    && line.x() <= previous.x() + ALIGN) {
                replaceLast(joined(last.text(), line.text()));
            } else {
                blocks.add(Block.text(line.text(), line.page()));
            }
        }

        private boolean isHeading(Line line) {
            boolean larger = line.size() >= bodySize + LARGER
                    && line.text().split("\\s+").length <= HEADING_WORDS
                    && line.text().chars().anyMatch(Character::isLetter);
            return larger || Lines.looksLikeHeading(line.text(), line.bold());
        }

        /** The line follows the previous one at the usual line spacing, or starts the next page. */
        private boolean continues(Line line) {
            return previous != null && (line.page() != previous.page() || closeBelow(line, leading * 1.3f));
        }

        private boolean closeBelow(Line line, float most) {
            float gap = line.baseline() - previous.baseline();
            return line.page() == previous.page() && gap > 0 && gap <= most;
        }

        private void replaceLast(String text) {
            blocks.set(blocks.size() - 1, blocks.get(blocks.size() - 1).withText(text));
        }

        private static String joined(String first, String next) {
            return first.endsWith("-") && first.length() > 1 && Character.isLetter(first.charAt(first.length() - 2))
                    ? first + next
                    : first + " " + next;
        }

        /** Headings numbered by size: the largest is level 1, and a heading in the body's size is the deepest. */
        private List<Block> leveled() {
            List<Float> sizes = headingSizes.stream()
                    .map(s -> Math.round(s * 2) / 2f)
                    .distinct()
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
            List<Block> result = new ArrayList<>();
            int h = 0;
            for (Block b : blocks) {
                if (b.kind() == Block.Kind.HEADING) {
                    int level = sizes.indexOf(Math.round(headingSizes.get(h++) * 2) / 2f) + 1;
                    result.add(Block.heading(b.text(), level, b.page()));
                } else {
                    result.add(b);
                }
            }
            return result;
        }

        /** The font size most of the text is set in. */
        private static float bodySize(List<Line> lines) {
            Map<Float, Integer> chars = new HashMap<>();
            lines.forEach(
                    l -> chars.merge(Math.round(l.size() * 2) / 2f, l.text().length(), Integer::sum));
            return chars.entrySet().stream()
                    .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse(0f);
        }

        /**
         * The distance between the baselines of two lines of one paragraph: the smallest step between two lines of
         * body text in a row (list items and wrapped lines follow at it; paragraphs further apart).
         */
        private static float leading(List<Line> lines, float bodySize) {
            float least = Float.MAX_VALUE;
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                float gap = b.baseline() - a.baseline();
                if (a.page() == b.page()
                        && gap >= 0.8f * bodySize
                        && Math.abs(a.size() - bodySize) < 0.5f
                        && Math.abs(b.size() - bodySize) < 0.5f) {
                    least = Math.min(least, gap);
                }
            }
            return least == Float.MAX_VALUE ? bodySize * 1.2f : least;
        }
    }
}
