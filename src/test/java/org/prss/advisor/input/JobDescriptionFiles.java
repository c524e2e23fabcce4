package org.prss.advisor.input;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Job descriptions built by the tests as real files: Word documents with XWPF (heading styles, bulleted and numbered
 * lists, bold headings) and PDFs with PDFBox (headings in a larger bold font, bullets, numbers, wrapped items, page
 * numbers, a list across a page break), and the bad files: encrypted, scanned, not what their name says.
 */
public final class JobDescriptionFiles {

    private JobDescriptionFiles() {}

    /** A Word document written paragraph by paragraph. */
    public static final class Word {

        private final XWPFDocument document = new XWPFDocument();
        private final XWPFNumbering numbering = document.createNumbering();
        private final BigInteger bullets = list(STNumberFormat.BULLET, "\u2022");
        private final BigInteger numbers = list(STNumberFormat.DECIMAL, "%1.");

        private BigInteger list(STNumberFormat.Enum format, String text) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.valueOf(format == STNumberFormat.BULLET ? 1 : 2));
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(text);
            return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }

        /** A paragraph in the style "Heading{level}". */
        public Word heading(int level, String text) {
            XWPFParagraph p = document.createParagraph();
            p.setStyle("Heading" + level);
            p.createRun().setText(text);
            return this;
        }

        public Word bullet(String text) {
            return listItem(bullets, text);
        }

        public Word numbered(String text) {
            return listItem(numbers, text);
        }

        private Word listItem(BigInteger list, String text) {
            XWPFParagraph p = document.createParagraph();
            p.setNumID(list);
            p.createRun().setText(text);
            return this;
        }

        public Word text(String text) {
            document.createParagraph().createRun().setText(text);
            return this;
        }

        public Word bold(String text) {
            XWPFRun run = document.createParagraph().createRun();
            run.setBold(true);
            run.setText(text);
            return this;
        }

        public byte[] bytes() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            document.close();
            return out.toByteArray();
        }
    }

    public static Word word() {
        return new Word();
    }

    /**
     * A PDF written line by line on US Letter pages, in Helvetica: body text 11 pt, headings 14 pt bold, bullets at the
     * left margin with the text (and its wrapped lines) indented; "Page n of m" at the foot of every page.
     */
    public static final class Pdf {

        static final float MARGIN = 72;
        static final float INDENT = 90;
        private static final float BODY = 11;
        private static final float HEADING = 14;
        private final List<List<Line>> pages = new ArrayList<>(List.of(new ArrayList<>()));
        private final java.util.Set<Integer> scannedPages = new java.util.HashSet<>();

        private record Line(String marker, String text, float x, float size, boolean bold, float spaceBefore) {}

        private List<Line> page() {
            return pages.get(pages.size() - 1);
        }

        public Pdf heading(String text) {
            page().add(new Line(null, text, MARGIN, HEADING, true, 10));
            return this;
        }

        public Pdf text(String text) {
            page().add(new Line(null, text, MARGIN, BODY, false, 0));
            return this;
        }

        /** A bullet item; each further text is a wrapped line under it. */
        public Pdf bullet(String first, String... wrapped) {
            return item("\u2022", first, wrapped);
        }

        public Pdf numbered(int n, String first, String... wrapped) {
            return item(n + ".", first, wrapped);
        }

        private Pdf item(String marker, String first, String... wrapped) {
            page().add(new Line(marker, first, INDENT, BODY, false, 0));
            for (String line : wrapped) {
                page().add(new Line(null, line, INDENT, BODY, false, 0));
            }
            return this;
        }

        /** The lines after this go on a new page; a wrapped line given next continues the item above across it. */
        public Pdf pageBreak() {
            pages.add(new ArrayList<>());
            return this;
        }

        /** A new page that is a picture of text (with only its page number as text), then a page for what follows. */
        public Pdf scannedPage() {
            scannedPages.add(pages.size());
            pages.add(new ArrayList<>());
            return pageBreak();
        }

        /** The line written last continues on the next page: for an item split by the page break. */
        public Pdf continued(String line) {
            page().add(new Line(null, line, INDENT, BODY, false, 0));
            return this;
        }

        public byte[] bytes() throws IOException {
            try (PDDocument document = build()) {
                return save(document);
            }
        }

        /** The same document, protected with a password to open it. */
        public byte[] encrypted(String password) throws IOException {
            try (PDDocument document = build()) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                return save(document);
            }
        }

        private PDDocument build() throws IOException {
            PDDocument document = new PDDocument();
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    if (scannedPages.contains(p)) {
                        out.drawImage(LosslessFactory.createFromImage(document, pictureOfText()), 72, 500);
                    }
                    float y = PDRectangle.LETTER.getHeight() - MARGIN;
                    for (Line line : pages.get(p)) {
                        y -= line.spaceBefore();
                        write(out, line.bold() ? bold : regular, line.size(), line.x(), y, line.text());
                        if (line.marker() != null) {
                            write(out, regular, line.size(), MARGIN, y, line.marker());
                        }
                        y -= line.size() * 1.25f;
                    }
                    write(out, regular, 9, 280, 36, "Page " + (p + 1) + " of " + pages.size());
                }
            }
            return document;
        }

        private static void write(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
                throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }
    }

    public static Pdf pdf() {
        return new Pdf();
    }

    /** A PDF whose one page is a picture of text, as a scanner makes it: no text layer. */
    public static byte[] scannedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(LosslessFactory.createFromImage(document, pictureOfText()), 72, 500);
            }
            return save(document);
        }
    }

    private static BufferedImage pictureOfText() {
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 200);
        g.setColor(Color.BLACK);
        g.drawString("Duties: facilitate a weekly recovery group", 10, 40);
        g.dispose();
        return image;
    }

    /** A Word document encrypted with a password to open it, as Word saves one (an OLE2 container). */
    public static byte[] encryptedWord(byte[] docx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(docx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** An old-format Word file (.doc): an OLE2 container with a WordDocument stream. */
    public static byte[] oldWord() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** Bytes that are no document at all, the same every run. */
    public static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        new java.util.Random(17).nextBytes(bytes);
        return bytes;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
