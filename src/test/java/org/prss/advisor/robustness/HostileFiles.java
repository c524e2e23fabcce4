package org.prss.advisor.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Files made to hurt a reader, written by the tests at run time (none is committed): zip bombs named as workbooks and
 * Word documents, a PDF of thousands of pages, YAML nested far deeper than any description, and a JSON file of tens of
 * megabytes.
 */
final class HostileFiles {

    /** The Office document a zip bomb poses as, with the part that holds the bomb. */
    enum Package {
        XLSX(
                "xl/worksheets/sheet1.xml",
                "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                        + ".spreadsheetml.sheet.main+xml\"/>"),
        DOCX(
                "word/document.xml",
                "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/>");

        private final String bombPart;
        private final String override;

        Package(String bombPart, String override) {
            this.bombPart = bombPart;
            this.override = override;
        }
    }

    private HostileFiles() {}

    /**
     * An Office package whose main part inflates to {@code megabytes} of XML. With {@code dense} false the part is one
     * string repeated (it inflates about a thousandfold); with {@code dense} true it is numbered rows, which inflate
     * only a few dozen times, so a reader's inflation-ratio check alone does not catch it.
     */
    static Path zipBomb(Path file, Package kind, int megabytes, boolean dense) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types"
                            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + kind.override + "</Types>");
            entry(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                            + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                            + "officeDocument/2006/relationships/officeDocument\" Target=\""
                            + (kind == Package.XLSX ? "xl/workbook.xml" : "word/document.xml")
                            + "\"/></Relationships>");
            zip.putNextEntry(new ZipEntry(kind.bombPart));
            zip.write("<?xml version=\"1.0\"?><data>".getBytes(StandardCharsets.UTF_8));
            long size = megabytes * (1L << 20);
            if (dense) {
                for (long row = 0, written = 0; written < size; row++) {
                    byte[] line = ("<row r=\"" + row + "\"><c>peer support</c></row>").getBytes(StandardCharsets.UTF_8);
                    zip.write(line);
                    written += line.length;
                }
            } else {
                byte[] block = "<t>peer support</t>".repeat(55_000).getBytes(StandardCharsets.UTF_8);
                for (long written = 0; written < size; written += block.length) {
                    zip.write(block);
                }
            }
            zip.write("</data>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** A PDF of {@code pages} pages, each with a line of text. */
    static Path manyPages(Path file, int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 11);
                    text.newLineAtOffset(72, 700);
                    text.showText("- Facilitate recovery support group number " + i);
                    text.endText();
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out);
            }
        }
        return file;
    }

    /** YAML nested {@code depth} levels deep: a mapping in a mapping ..., in flow style so the file stays small. */
    static Path deepYaml(Path file, int depth) throws IOException {
        return Files.writeString(file, "program: " + "{a: ".repeat(depth) + "1" + "}".repeat(depth) + "\n");
    }

    /** A JSON description padded with a list of {@code megabytes} of duties. */
    static Path largeJson(Path file, int megabytes) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        json.writeBytes(
                "{\"program\": {\"name\": \"Large\"}, \"role\": {\"duties\": [".getBytes(StandardCharsets.UTF_8));
        byte[] duty =
                "\"Facilitate a weekly recovery support group for participants\", ".getBytes(StandardCharsets.UTF_8);
        while (json.size() < megabytes * (1 << 20)) {
            json.writeBytes(duty);
        }
        json.writeBytes("\"Meet participants\"]}}".getBytes(StandardCharsets.UTF_8));
        return Files.write(file, json.toByteArray());
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
