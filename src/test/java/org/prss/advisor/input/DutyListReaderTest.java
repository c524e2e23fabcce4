package org.prss.advisor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pasted job description, one duty per line: comments, blanks and bullets dropped, lines remembered. */
class DutyListReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsOneDutyPerLineDroppingBulletsCommentsAndBlankLines() throws Exception {
        Submission s = DutyListReader.read("duties.txt", """
                # Peer specialist duties
                - Facilitate a weekly recovery group

                * Attend court with participants
                \u2022 Share lived experience
                3. Help with housing applications
                b) Document each contact
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(
                List.of(
                        "Facilitate a weekly recovery group",
                        "Attend court with participants",
                        "Share lived experience",
                        "Help with housing applications",
                        "Document each contact"),
                s.description().role().duties());
        assertEquals("line 2", s.description().role().dutyOrigin(0));
        assertEquals("line 7", s.description().role().dutyOrigin(4));
        assertEquals(5, s.received().at("/role/duties").size(), "the Input sheet shows the duties as read");
    }

    @Test
    void anEmptyListIsRejected() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> DutyListReader.read("duties.txt", "# only a comment\n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "duties.txt: (file): no duties found (write one duty per line; lines starting with # are comments)",
                e.report());
    }

    @Test
    void anOverlongLineIsRejectedByLineNumber() {
        byte[] text = ("Facilitate groups\n" + "x".repeat(2001) + "\n").getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DutyListReader.read("d.txt", text));
        assertEquals("d.txt: line 2: a duty is longer than 2000 characters (put one duty on each line)", e.report());
    }

    @Test
    void textThatIsNotUtf8IsRejected() {
        byte[] latin1 = "Caf\u00e9 meetings".getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DutyListReader.read("d.txt", latin1));
        assertTrue(e.report().startsWith("d.txt: (file): is not UTF-8 text"), e.report());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.txt");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DutyListReader.read(missing));
        assertEquals(missing + ": (file): no such file", e.report());
    }

    @Test
    void textFilesAreDutyListsAndDescriptionsAreNot() throws Exception {
        assertTrue(DutyListReader.isDutyList(Path.of("job.TXT")));
        assertTrue(DutyListReader.isDutyList(Path.of("job.md")));
        assertFalse(DutyListReader.isDutyList(Path.of("plan.yaml")));
        Path file = Files.writeString(dir.resolve("duties.txt"), "Facilitate a recovery group\r\nAttend court\r\n");
        assertEquals(
                List.of("Facilitate a recovery group", "Attend court"),
                DutyListReader.read(file).description().role().duties());
    }
}
