package org.prss.advisor.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionReader.Format;
import org.prss.advisor.model.Role;

/**
 * Word and PDF job descriptions read into duties: headings make sections, bullets and numbered items in the duty
 * sections become duties that remember their section, item number and page, and every other section is skipped.
 */
class JobDescriptionReaderTest {

    static final Path FIXTURES = Path.of("src", "test", "resources", "job-descriptions");

    private static JobDescriptionReader reader() {
        return TestAdvisor.get().jobDescriptions();
    }

    private static List<String> origins(Submission s) {
        Role role = s.description().role();
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < role.duties().size(); i++) {
            origins.add(role.dutyOrigin(i));
        }
        return origins;
    }

    private static List<String> skipped(Submission s) {
        return s.skippedSections().stream().map(SkippedSection::described).toList();
    }

    @Test
    void aWordDocumentsDutySectionsAreReadItemByItemAndTheOtherSectionsSkipped() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "Peer Support Specialist")
                .heading(2, "Position Summary")
                .text("The specialist uses lived experience of recovery to support people leaving jail.")
                .heading(2, "Essential Functions")
                .text("Specific duties include:")
                .bullet("Facilitate a weekly recovery group")
                .bullet("Help participants apply for identification documents")
                .heading(2, "Duties and Responsibilities")
                .numbered("Attend regular supervision")
                .numbered("Administer random urine screens")
                .heading(2, "Qualifications")
                .bullet("Two years in recovery")
                .bullet("State certification")
                .bytes();
        Submission s = reader().read("job.docx", Format.WORD, docx);
        assertEquals(
                List.of(
                        "Facilitate a weekly recovery group",
                        "Help participants apply for identification documents",
                        "Attend regular supervision",
                        "Administer random urine screens"),
                s.description().role().duties());
        assertEquals(
                List.of(
                        "Essential Functions, item 1",
                        "Essential Functions, item 2",
                        "Duties and Responsibilities, item 1",
                        "Duties and Responsibilities, item 2"),
                origins(s));
        assertEquals(List.of("Position Summary (1 line)", "Qualifications (2 lines)"), skipped(s));
        assertEquals(SkippedSection.NOT_DUTIES, s.skippedSections().get(0).why());
        assertEquals(4, s.received().at("/role/duties").size(), "the Input sheet shows the duties as read");
    }

    @Test
    void boldHeadingsAndColonHeadingsCountButALeadInSentenceDoesNot() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .bold("Job Description")
                .text("Works with the probation team to support people in recovery.")
                .text("Duties:")
                .text("Specific duties include the following:")
                .text("- Share recovery tools and resources")
                .text("2) Encourage choice in care plans")
                .text("Education/Experience:")
                .text("- High school diploma")
                .bytes();
        Submission s = reader().read("probation.docx", Format.WORD, docx);
        assertEquals(
                List.of("Share recovery tools and resources", "Encourage choice in care plans"),
                s.description().role().duties());
        assertEquals(List.of("Duties, item 1", "Duties, item 2"), origins(s));
        assertEquals(List.of("Job Description (1 line)", "Education/Experience (1 line)"), skipped(s));
    }

    @Test
    void aSubheadingUnderADutyHeadingIsPartOfTheDutyList() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "Essential Functions")
                .heading(2, "With participants")
                .bullet("Facilitate a weekly recovery group")
                .heading(2, "With the team")
                .bullet("Attend team meetings when invited")
                .heading(1, "Benefits")
                .bullet("Paid time off")
                .bytes();
        Submission s = reader().read("nested.docx", Format.WORD, docx);
        assertEquals(
                List.of(
                        "Essential Functions / With participants, item 1",
                        "Essential Functions / With the team, item 1"),
                origins(s));
        assertEquals(List.of("Benefits (1 line)"), skipped(s));
    }

    @Test
    void aDocumentWithoutHeadingsIsOneListOfDutiesAndASectionWithoutAListGivesItsParagraphs() throws Exception {
        Submission list = reader().read(
                        "list.docx",
                        Format.WORD,
                        JobDescriptionFiles.word()
                                .bullet("Facilitate a weekly recovery group")
                                .numbered("Attend court with participants")
                                .bytes());
        assertEquals(List.of("item 1", "item 2"), origins(list));
        assertTrue(list.skippedSections().isEmpty());
        Submission paragraphs = reader().read(
                        "plain.docx",
                        Format.WORD,
                        JobDescriptionFiles.word()
                                .heading(1, "Responsibilities")
                                .text("Facilitate a weekly recovery group")
                                .text("Attend court with participants")
                                .bytes());
        assertEquals(
                List.of("Facilitate a weekly recovery group", "Attend court with participants"),
                paragraphs.description().role().duties());
        assertEquals(List.of("Responsibilities, paragraph 1", "Responsibilities, paragraph 2"), origins(paragraphs));
    }

    @Test
    void aPdfIsPutBackTogetherAcrossWrappedLinesAndAPageBreak() throws Exception {
        byte[] pdf = JobDescriptionFiles.pdf()
                .heading("Job Summary")
                .text("The peer support specialist uses lived experience of recovery to help people")
                .text("returning from prison settle in the community.")
                .heading("Essential Functions")
                .bullet("Facilitate a weekly recovery group")
                .bullet(
                        "Meet participants before release to plan their first weeks home, and keep in",
                        "touch with them after release")
                .bullet("Help participants find housing, work and")
                .pageBreak()
                .continued("treatment in the community")
                .bullet("Share your own recovery story when it helps")
                .heading("Responsibilities")
                .numbered(1, "Keep brief notes of each contact")
                .numbered(2, "Attend regular supervision")
                .heading("Qualifications")
                .bullet("Two years in recovery")
                .bullet("State peer certification")
                .bytes();
        Submission s = reader().read("posting.pdf", Format.PDF, pdf);
        assertEquals(
                List.of(
                        "Facilitate a weekly recovery group",
                        "Meet participants before release to plan their first weeks home, and keep in touch with "
                                + "them after release",
                        "Help participants find housing, work and treatment in the community",
                        "Share your own recovery story when it helps",
                        "Keep brief notes of each contact",
                        "Attend regular supervision"),
                s.description().role().duties());
        assertEquals(
                List.of(
                        "Essential Functions, item 1, page 1",
                        "Essential Functions, item 2, page 1",
                        "Essential Functions, item 3, page 1",
                        "Essential Functions, item 4, page 2",
                        "Responsibilities, item 1, page 2",
                        "Responsibilities, item 2, page 2"),
                origins(s));
        assertEquals(
                List.of("Job Summary (page 1, 1 line)", "Qualifications (page 2, 2 lines)"),
                skipped(s),
                "the wrapped summary is one paragraph, and the page numbers are not lines of any section");
    }

    @Test
    void aScannedPageAmongTextPagesIsListedAsSkipped() throws Exception {
        byte[] pdf = JobDescriptionFiles.pdf()
                .heading("Duties")
                .bullet("Facilitate a weekly recovery group")
                .scannedPage()
                .heading("Qualifications")
                .bullet("Two years in recovery")
                .bytes();
        Submission s = reader().read("mixed.pdf", Format.PDF, pdf);
        assertEquals(
                List.of("Facilitate a weekly recovery group"),
                s.description().role().duties());
        assertEquals(
                List.of("Qualifications (page 3, 1 line)", "(no text: a scanned page?) (page 2, 0 lines)"), skipped(s));
        assertEquals(SkippedSection.NO_TEXT, s.skippedSections().get(1).why());
    }

    @Test
    void theLibreOfficeWordDocumentAndItsPdfExportReadAlike() throws Exception {
        Submission docx = reader().read(FIXTURES.resolve("peer-specialist-job-description.docx"));
        Submission pdf = reader().read(FIXTURES.resolve("peer-specialist-job-description.pdf"));
        List<String> duties = List.of(
                "Facilitate a weekly recovery support group in the housing units",
                "Meet one on one with participants before release to plan their first weeks home",
                "Connect participants with housing, treatment and employment services in the community, and go with "
                        + "them to "
                        + "their first appointments when they ask for company on the way",
                "Administer random urine screens and report the results to probation",
                "Share your own recovery story when it helps a participant",
                "Keep brief, respectful notes of each contact",
                "Drive participants to court dates");
        assertEquals(duties, docx.description().role().duties());
        assertEquals(duties, pdf.description().role().duties(), "the item that wraps in the PDF is read whole");
        assertEquals(
                "Duties and Responsibilities, item 3", docx.description().role().dutyOrigin(6));
        assertEquals(
                "Duties and Responsibilities, item 3, page 1",
                pdf.description().role().dutyOrigin(6));
        assertEquals(
                List.of("Position Summary (1 line)", "Qualifications (2 lines)", "Working Conditions (1 line)"),
                skipped(docx));
        assertEquals(
                List.of(
                        "Position Summary (page 1, 1 line)",
                        "Qualifications (page 1, 2 lines)",
                        "Working Conditions (page 1, 1 line)"),
                skipped(pdf));
    }

    @Test
    void aDocumentWhoseHeadingsListNoDutiesNamesItsHeadingsAndWhereToAddOne() throws Exception {
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "About the role")
                .bullet("Facilitate groups")
                .heading(1, "Qualifications")
                .bullet("Two years in recovery")
                .bytes();
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> reader().read("role.docx", Format.WORD, docx));
        assertEquals(
                "role.docx: (file): no section lists duties (the headings are 'About the role', 'Qualifications') "
                        + "(head the duty list 'Duties', 'Duties and Responsibilities', 'Duties and Functions' or "
                        + "the like, or add your "
                        + "heading to checklists/job-description-sections.yaml)",
                e.report());
    }

    @Test
    void anEncryptedPdfIsRefusedByName() throws Exception {
        byte[] pdf = JobDescriptionFiles.pdf()
                .heading("Duties")
                .bullet("Facilitate a weekly recovery group")
                .encrypted("secret");
        assertEquals(
                "locked.pdf: (file): the PDF is password-protected, so its text cannot be read "
                        + "(save or export a copy without the password and try again)",
                problem("locked.pdf", Format.PDF, pdf));
    }

    @Test
    void aScannedPdfWithoutATextLayerIsRefusedByName() throws Exception {
        assertEquals(
                "scan.pdf: (file): has no text layer: its pages are images, as in a scanned document, so there are no "
                        + "words to read (ask for the job description as a Word document or as a PDF saved from one, "
                        + "or run text "
                        + "recognition (OCR) on the scan first)",
                problem("scan.pdf", Format.PDF, JobDescriptionFiles.scannedPdf()));
    }

    @Test
    void malformedFilesAreRefusedByNameWithTheReason() throws Exception {
        assertEquals(
                "noise.pdf: (file): is not a PDF: a PDF file begins with %PDF-, and this one does not (check that the "
                        + "file is the posting itself, not a web page or another format saved under a .pdf name)",
                problem("noise.pdf", Format.PDF, JobDescriptionFiles.noise(4096)));
        String truncated = problem("cut.pdf", Format.PDF, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes());
        assertTrue(truncated.startsWith("cut.pdf: (file): cannot be read as a PDF ("), truncated);
        assertTrue(
                truncated.endsWith("(the file may be damaged or cut short: download or export it again)"), truncated);
        assertEquals(
                "noise.docx: (file): is not a Word document: a .docx file is a zip package, and this file is something "
                        + "else, or damaged (open it in Word or LibreOffice and save it again as a Word document "
                        + "(.docx))",
                problem("noise.docx", Format.WORD, JobDescriptionFiles.noise(4096)));
        assertEquals("empty.docx: (file): is empty (0 bytes)", problem("empty.docx", Format.WORD, new byte[0]));
        String notWord = problem("sheet.docx", Format.WORD, emptyZip());
        assertTrue(notWord.startsWith("sheet.docx: (file): cannot be read as a Word document ("), notWord);
    }

    @Test
    void anEncryptedOrOldFormatWordFileIsRefusedByName() throws Exception {
        byte[] locked = JobDescriptionFiles.encryptedWord(
                JobDescriptionFiles.word()
                        .heading(1, "Duties")
                        .bullet("Lead groups")
                        .bytes(),
                "secret");
        assertEquals(
                "locked.docx: (file): the Word document is password-protected, so its text cannot be read "
                        + "(save a copy without the password (File > Info > Protect Document in Word) and try again)",
                problem("locked.docx", Format.WORD, locked));
        assertEquals(
                "old.docx: (file): is an old-format Word document (.doc) (save it as a Word document (.docx))",
                problem("old.docx", Format.WORD, JobDescriptionFiles.oldWord()));
    }

    @Test
    void theFormatIsTakenFromTheFileNameOrTheContentType() throws Exception {
        assertEquals(Format.WORD, Format.ofName("Job Description.DOCX").orElseThrow());
        assertEquals(Format.PDF, Format.ofName("posting.pdf").orElseThrow());
        assertTrue(Format.ofName("duties.txt").isEmpty());
        assertEquals(Format.PDF, Format.ofMediaType("application/pdf").orElseThrow());
        assertEquals(
                Format.WORD,
                Format.ofMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document; "
                                + "charset=binary")
                        .orElseThrow());
        Path file = Files.createTempFile("missing", ".pdf");
        Files.delete(file);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader().read(file));
        assertEquals(file + ": (file): no such file", e.report());
    }

    private static String problem(String name, Format format, byte[] content) {
        return assertThrows(InvalidInputException.class, () -> reader().read(name, format, content))
                .report();
    }

    private static byte[] emptyZip() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
