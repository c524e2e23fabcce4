package org.prss.advisor.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Role;

/**
 * Reads a plain-text list of duties, one per line, as a policy writer pastes it from a job description. Blank
 * lines and lines starting with {@code #} are skipped; bullets and numbering are dropped. Each duty remembers its
 * line, so the report can point back to it.
 */
public final class DutyListReader {

    /** The same limits a program description has for its duties. */
    static final int MAX_DUTIES = 500;

    static final int MAX_DUTY_LENGTH = 2000;

    private static final Pattern BULLET =
            Pattern.compile("^(?:[-*\u2022\u2013\u2014]|\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)])\\s+");

    private DutyListReader() {}

    /** True for the file names the role command reads as duty lists rather than program descriptions. */
    public static boolean isDutyList(Path file) {
        return isDutyList(file.getFileName().toString());
    }

    /** The same, for a file name as an upload gives it. */
    public static boolean isDutyList(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return FileKind.DUTY_LIST_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static Submission read(Path file) throws InvalidInputException {
        return read(file.toString(), InputFiles.read(file, DescriptionReader.MAX_BYTES));
    }

    public static Submission read(String name, byte[] content) throws InvalidInputException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)", "is not UTF-8 text", "save the duties as plain UTF-8 text, one duty per line"));
        }
        List<String> duties = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] all = text.replace("\uFEFF", "").split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String line = BULLET.matcher(all[i].strip()).replaceFirst("").strip();
            if (line.isEmpty() || all[i].strip().startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_DUTY_LENGTH) {
                problems.add(new InputProblem(
                        "line " + (i + 1),
                        "a duty is longer than " + MAX_DUTY_LENGTH + " characters",
                        "put one duty on each line"));
            }
            duties.add(line);
            lines.add("line " + (i + 1));
        }
        if (duties.isEmpty()) {
            problems.add(new InputProblem(
                    "(file)", "no duties found", "write one duty per line; lines starting with # are comments"));
        } else if (duties.size() > MAX_DUTIES) {
            problems.add(new InputProblem(lines.get(MAX_DUTIES), "more than " + MAX_DUTIES + " duties", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
        ObjectNode received = JsonNodeFactory.instance.objectNode();
        ArrayNode list = received.putObject("role").putArray("duties");
        duties.forEach(list::add);
        ProgramDescription description =
                new ProgramDescription(null, null, null, new Role(List.of(), duties, lines), null);
        return new Submission(name, received, description);
    }
}
