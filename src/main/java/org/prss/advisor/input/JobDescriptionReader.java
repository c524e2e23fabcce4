package org.prss.advisor.input;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.prss.advisor.input.document.Block;
import org.prss.advisor.input.document.DocumentText;
import org.prss.advisor.input.document.PdfDocument;
import org.prss.advisor.input.document.UnreadableDocument;
import org.prss.advisor.input.document.WordDocument;
import org.prss.advisor.knowledge.JobDescriptionSections;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.model.Role;

/**
 * Reads a job description as policy writers keep it, a Word document (.docx) or a PDF, into the duties to review:
 * headings divide it into sections, and only the sections headed as duty lists
 * ({@code checklists/job-description-sections.yaml}) are reviewed, their bullets and numbered items each a duty (or,
 * in a section without a list, each paragraph). The other sections are kept as skipped, to be shown. A document with
 * no headings at all is one list of duties.
 */
public final class JobDescriptionReader {

    /** The two kinds of job description file. */
    public enum Format {
        WORD(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "a Word document"),
        PDF(".pdf", "application/pdf", "a PDF document");

        private final String extension;
        private final String mediaType;
        /** How {@link FileKind#content} describes the bytes of such a file. */
        private final String content;

        Format(String extension, String mediaType, String content) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.content = content;
        }

        /** The format the bytes are in, whatever the file is named: a file saved with another name is still read. */
        public static Optional<Format> ofContent(byte[] bytes) {
            String looks = FileKind.content(bytes);
            for (Format f : values()) {
                if (looks.equals(f.content)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The format a file's name says, else its content says; empty for anything else. */
        public static Optional<Format> of(String name, byte[] bytes) {
            return ofName(name).or(() -> ofContent(bytes));
        }

        /** The format a file name says, by its extension. */
        public static Optional<Format> ofName(String name) {
            String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith(f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        /** The format a request's content type says. */
        public static Optional<Format> ofMediaType(String type) {
            String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.startsWith(f.mediaType)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    static final String BEFORE_FIRST_HEADING = "(before the first heading)";
    static final String SCANNED_PAGE = "(no text: a scanned page?)";
    /** How many duty headings a problem names as examples. */
    private static final int EXAMPLES = 3;

    private final JobDescriptionSections sections;

    public JobDescriptionReader(JobDescriptionSections sections) {
        this.sections = sections;
    }

    /**
     * True for a job description: a file named .docx or .pdf, or one whose content is a Word document or a PDF
     * (a file that cannot be read is left to the reader that takes it, to say why).
     */
    public static boolean isJobDescription(Path file) {
        if (Format.ofName(file.getFileName().toString()).isPresent()) {
            return true;
        }
        try {
            return Format.ofContent(InputFiles.read(file, IntakeReader.MAX_BYTES))
                    .isPresent();
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** The job description in a file that {@link #isJobDescription} takes for one. */
    public Submission read(Path file) throws InvalidInputException {
        String name = file.toString();
        byte[] content = InputFiles.read(file, IntakeReader.MAX_BYTES);
        return read(name, Format.of(name, content).orElseThrow(), content);
    }

    /** The duties in {@code content}, read as {@code format}; {@code name} is how errors refer to it. */
    public Submission read(String name, Format format, byte[] content) throws InvalidInputException {
        if (content.length == 0) {
            throw new InvalidInputException(name, new InputProblem("(file)", "is empty (0 bytes)", null));
        }
        DocumentText document;
        try {
            document = format == Format.PDF ? PdfDocument.read(content) : WordDocument.read(content);
        } catch (UnreadableDocument e) {
            throw new InvalidInputException(name, new InputProblem("(file)", e.problem(), e.hint()));
        }
        List<Section> all = sectionsOf(document.blocks());
        List<String> duties = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<SkippedSection> skipped = new ArrayList<>();
        for (Section section : all) {
            if (section.duties()) {
                section.addDuties(duties, origins);
            } else if (!section.blocks().isEmpty()) {
                skipped.add(new SkippedSection(
                        section.heading() == null ? BEFORE_FIRST_HEADING : section.heading(),
                        section.page(),
                        section.blocks().size(),
                        SkippedSection.NOT_DUTIES));
            }
        }
        document.imageOnlyPages()
                .forEach(page -> skipped.add(new SkippedSection(SCANNED_PAGE, page, 0, SkippedSection.NO_TEXT)));
        check(name, all, duties, origins);
        ObjectNode received = JsonNodeFactory.instance.objectNode();
        ArrayNode list = received.putObject("role").putArray("duties");
        duties.forEach(list::add);
        ProgramDescription description =
                new ProgramDescription(null, null, null, new Role(List.of(), duties, origins), null);
        return new Submission(name, received, description, skipped, List.of());
    }

    private void check(String name, List<Section> all, List<String> duties, List<String> origins)
            throws InvalidInputException {
        List<InputProblem> problems = new ArrayList<>();
        List<Section> dutySections = all.stream().filter(Section::duties).toList();
        if (all.stream().allMatch(s -> s.blocks().isEmpty() && s.heading() == null)) {
            problems.add(new InputProblem("(file)", "holds no text", null));
        } else if (dutySections.isEmpty()) {
            String headings = all.stream()
                    .map(Section::heading)
                    .filter(h -> h != null)
                    .distinct()
                    .map(h -> "'" + h + "'")
                    .collect(Collectors.joining(", "));
            problems.add(new InputProblem(
                    "(file)",
                    "no section lists duties (the headings are " + headings + ")",
                    "head the duty list " + examples()
                            + ", or add your heading to checklists/job-description-sections.yaml"));
        } else if (duties.isEmpty()) {
            problems.add(new InputProblem(
                    "(file)",
                    "the duty section "
                            + dutySections.stream()
                                    .map(s -> "'" + s.heading() + "'")
                                    .distinct()
                                    .collect(Collectors.joining(", "))
                            + " lists no duties",
                    "write each duty as a bullet or numbered item"));
        }
        for (int i = 0; i < duties.size(); i++) {
            if (duties.get(i).length() > DutyListReader.MAX_DUTY_LENGTH) {
                problems.add(new InputProblem(
                        origins.get(i),
                        "a duty is longer than " + DutyListReader.MAX_DUTY_LENGTH + " characters",
                        "make each duty its own bullet"));
            }
        }
        if (duties.size() > DutyListReader.MAX_DUTIES) {
            problems.add(new InputProblem(
                    origins.get(DutyListReader.MAX_DUTIES),
                    "more than " + DutyListReader.MAX_DUTIES + " duties",
                    null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(name, problems);
        }
    }

    private String examples() {
        List<String> names = sections.names();
        if (names.isEmpty()) {
            return "as a duty list";
        }
        return names.stream().limit(EXAMPLES).map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                + (names.size() > EXAMPLES ? " or the like" : "");
    }

    /**
     * The document cut at its headings. A section is a duty list when its heading, or a heading it is nested under,
     * is a duty heading; a document without headings is one duty list.
     */
    private List<Section> sectionsOf(List<Block> blocks) {
        boolean headings = blocks.stream().anyMatch(b -> b.kind() == Block.Kind.HEADING);
        List<Section> all = new ArrayList<>();
        Section current =
                new Section(null, null, blocks.isEmpty() ? 0 : blocks.get(0).page(), !headings);
        all.add(current);
        Deque<Block> open = new ArrayDeque<>();
        for (Block block : blocks) {
            if (block.kind() != Block.Kind.HEADING) {
                current.blocks().add(block);
                continue;
            }
            while (!open.isEmpty() && open.peek().level() >= block.level()) {
                open.pop();
            }
            Block dutyParent = open.stream()
                    .filter(b -> sections.listsDuties(b.text()))
                    .findFirst()
                    .orElse(null);
            open.push(block);
            boolean own = sections.listsDuties(block.text());
            current = new Section(
                    shown(block),
                    own || dutyParent == null ? null : shown(dutyParent),
                    block.page(),
                    own || dutyParent != null);
            all.add(current);
        }
        return all;
    }

    /** A heading as reports name it: "Duties:" as "Duties". */
    private static String shown(Block heading) {
        return heading.text().replaceFirst("\\s*:$", "");
    }

    /**
     * A heading and what follows it up to the next heading.
     *
     * @param parent the duty heading it is nested under, or null
     */
    private record Section(String heading, String parent, int page, boolean duties, List<Block> blocks) {

        Section(String heading, String parent, int page, boolean duties) {
            this(heading, parent, page, duties, new ArrayList<>());
        }

        /** Its items as duties, or its paragraphs when it has no items; each with where it came from. */
        void addDuties(List<String> duties, List<String> origins) {
            boolean items = blocks.stream().anyMatch(b -> b.kind() == Block.Kind.ITEM);
            Block.Kind kind = items ? Block.Kind.ITEM : Block.Kind.TEXT;
            String label = heading == null ? "" : (parent == null ? heading : parent + " / " + heading) + ", ";
            int n = 0;
            for (Block b : blocks) {
                if (b.kind() == kind) {
                    n++;
                    duties.add(b.text());
                    origins.add(
                            label + (items ? "item " : "paragraph ") + n + (b.page() > 0 ? ", page " + b.page() : ""));
                }
            }
        }
    }
}
