package org.prss.advisor.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file is taken for, by its extension and its content, so a file the advisor cannot use is refused with a
 * message that says what it looks like and what the advisor reads, instead of the parser's complaint about a byte.
 */
public final class FileKind {

    /** The extensions of program descriptions. */
    public static final List<String> DESCRIPTION_EXTENSIONS = List.of(".json", ".yaml", ".yml", ".xlsx");
    /** The extensions of plain-text duty lists (read by role and validate). */
    public static final List<String> DUTY_LIST_EXTENSIONS = List.of(".txt", ".text", ".md");

    /** What the advisor reads, for a hint. */
    public static final String READS =
            "the advisor reads a program description as .json, .yaml, .yml or a filled-in intake"
                    + " workbook (.xlsx), and, in role and validate, a list of duties as plain text (.txt, .text, .md)"
                    + " or a job description as a Word (.docx) or PDF (.pdf) file";

    private FileKind() {}

    /** The file's extension in lower case with its dot (".xlsx"), or "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** What the bytes look like, in words: "an Excel workbook", "a PDF document", "binary data", "text". */
    public static String content(byte[] content) {
        if (content.length == 0) {
            return "empty";
        }
        if (IntakeReader.looksLikeWorkbook(content)) {
            // A zip archive lists its entries' names in a directory at its end: they say what kind of document it is.
            int from = Math.max(0, content.length - 65_536);
            String names = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1)
                    + new String(content, from, content.length - from, StandardCharsets.ISO_8859_1);
            return names.contains("xl/workbook")
                    ? "an Excel workbook"
                    : names.contains("word/document") ? "a Word document" : "a zip archive";
        }
        if (IntakeReader.looksLikeOldExcel(content)) {
            return "an old-format Office file (.xls or .doc)";
        }
        if (startsWith(content, "%PDF")) {
            return "a PDF document";
        }
        if (startsWith(content, "{\\rtf")) {
            return "a Rich Text (RTF) document";
        }
        return isText(content) ? "text" : "binary data";
    }

    /** True when the bytes are UTF-8 text without NUL bytes. */
    static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, String prefix) {
        if (content.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a file cannot be a program description, judged from its extension and content before it is parsed, or
     * null when it may be one (a file without an extension is judged by its content alone).
     */
    static InputProblem notADescription(Path file, byte[] content) {
        String ext = extension(file);
        String looks = content(content);
        if (ext.equals(".xlsx")) {
            return looks.equals("an Excel workbook") || looks.equals("a zip archive")
                    ? null
                    : new InputProblem(
                            "(file)",
                            "is named .xlsx but is not an Excel workbook: its content is " + looks,
                            "open it in Excel and save it again as an Excel workbook (.xlsx)");
        }
        if (ext.equals(".json") || ext.equals(".yaml") || ext.equals(".yml")) {
            return looks.equals("text") || looks.equals("empty") || looks.equals("an Excel workbook")
                    ? null
                    : new InputProblem(
                            "(file)",
                            "is named " + ext + " but is not " + (ext.equals(".json") ? "JSON" : "YAML")
                                    + " text: its content is " + looks,
                            "save the description as UTF-8 text");
        }
        if (DUTY_LIST_EXTENSIONS.contains(ext)) {
            return new InputProblem(
                    "(file)",
                    "is a " + ext + " file, taken for a list of duties, which only ./advisor role"
                            + " and ./advisor validate read",
                    "give a program description here as .json, .yaml, .yml or .xlsx");
        }
        if (!ext.isEmpty()) {
            return new InputProblem(
                    "(file)",
                    "is a " + ext + " file"
                            + (looks.equals("text") || looks.equals("binary data") ? "" : " (" + looks + ")")
                            + ", which the advisor does not read",
                    READS);
        }
        return null;
    }
}
