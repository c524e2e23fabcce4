package org.prss.advisor.input.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word job description (.docx) with POI's XWPF: paragraphs in a heading style (or short, all-bold ones)
 * become headings, paragraphs in a bulleted or numbered list (or typed with a bullet or number) become items, and
 * the rest text; tables are read cell by cell.
 */
public final class WordDocument {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s*(\\d)|(sub)?title");
    /** Below any styled heading: a heading known only by its looks nests under the styled ones. */
    private static final int LOOKS_LEVEL = 10;

    private static final String SAVE_AGAIN =
            "open it in Word or LibreOffice and save it again as a Word document (.docx)";

    private WordDocument() {}

    public static DocumentText read(byte[] content) throws UnreadableDocument {
        try (XWPFDocument document = open(content)) {
            List<Block> blocks = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    add(document, paragraph, blocks);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> add(document, p, blocks));
                        }
                    }
                }
            }
            return new DocumentText(blocks, List.of());
        } catch (IOException | RuntimeException | LinkageError e) {
            // A LinkageError too: a zip entry packed with a method whose codec is not on the class path (Zstandard,
            // found by fuzzing) fails with NoClassDefFoundError.
            throw new UnreadableDocument(
                    OfficeZipLimits.refusal(e).orElseGet(() -> "cannot be read as a Word document (" + reason(e) + ")"),
                    SAVE_AGAIN);
        }
    }

    private static XWPFDocument open(byte[] content) throws UnreadableDocument, IOException {
        FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(content));
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
                if (fs.getRoot().hasEntry("EncryptionInfo")) {
                    throw new UnreadableDocument(
                            "the Word document is password-protected, so its text cannot be read",
                            "save a copy without the password (File > Info > Protect Document in Word) and try again");
                }
                if (fs.getRoot().hasEntry("WordDocument")) {
                    throw new UnreadableDocument(
                            "is an old-format Word document (.doc)", "save it as a Word document (.docx)");
                }
            }
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableDocument(
                    "is not a Word document: a .docx file is a zip package, and this file is " + describe(magic),
                    SAVE_AGAIN);
        }
        OfficeZipLimits.apply();
        try (InputStream in = new ByteArrayInputStream(content)) {
            return new XWPFDocument(in);
        }
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "a PDF (name it .pdf)";
            case OLE2 -> "an older Office file";
            case HTML, XML -> "a web page or XML file";
            default -> "something else, or damaged";
        };
    }

    private static String reason(Throwable e) {
        String message = e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static void add(XWPFDocument document, XWPFParagraph paragraph, List<Block> blocks) {
        String text = Lines.clean(paragraph.getText());
        if (text.isEmpty()) {
            return;
        }
        int level = headingLevel(document, paragraph);
        if (level > 0) {
            blocks.add(Block.heading(text, level, 0));
            return;
        }
        if (paragraph.getNumID() != null) {
            String typed = Lines.withoutMarker(text);
            blocks.add(Block.item(typed == null ? text : typed, 0));
            return;
        }
        String typed = Lines.withoutMarker(text);
        if (typed != null) {
            blocks.add(Block.item(typed, 0));
        } else if (Lines.looksLikeHeading(text, allBold(paragraph))) {
            blocks.add(Block.heading(text, LOOKS_LEVEL, 0));
        } else {
            blocks.add(Block.text(text, 0));
        }
    }

    /** 1-9 for "heading 1" to "heading 9" (by the style's name, or its id), 1 for a title; 0 for any other style. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style =
                document.getStyles() == null ? null : document.getStyles().getStyle(id);
        for (String name : new String[] {style == null ? null : style.getName(), id}) {
            if (name == null) {
                continue;
            }
            Matcher m = HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT).strip());
            if (m.matches()) {
                return m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            }
        }
        return 0;
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String text = run.text();
            if (text == null || text.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
