package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.JobDescriptionFiles;
import org.prss.advisor.input.JobDescriptionReader.Format;
import org.prss.advisor.input.Submission;

/** The duty headings are data: checklists/job-description-sections.yaml, checked by the loader, read as written. */
class JobDescriptionSectionsTest {

    @TempDir
    Path dir;

    @Test
    void aHeadingMatchesWhateverItsCaseColonNumberingOrAmpersandButOnlyWhole() {
        JobDescriptionSections sections = TestAdvisor.get().knowledge().jobDescriptionSections();
        assertTrue(sections.listsDuties("ESSENTIAL FUNCTIONS"));
        assertTrue(sections.listsDuties("Duties:"));
        assertTrue(sections.listsDuties("3. Duties & Responsibilities"));
        assertTrue(sections.listsDuties("II. Key Responsibilities"));
        assertFalse(sections.listsDuties("General Statement of Duties"), "All Rise's paragraph heading is not a list");
        assertFalse(sections.listsDuties("Qualifications"));
        assertFalse(sections.listsDuties("Supervisory Responsibilities"));
        assertEquals("All Rise Guidelines 2023", sections.citations().get(1).source());
    }

    @Test
    void addingAHeadingToTheFileReviewsTheSectionItHeads() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        byte[] docx = JobDescriptionFiles.word()
                .heading(1, "What you will do")
                .bullet("Facilitate a weekly recovery group")
                .heading(1, "Duties")
                .bullet("Attend court with participants")
                .bytes();
        Submission before = TestAdvisor.get().jobDescriptions().read("job.docx", Format.WORD, docx);
        assertEquals(
                List.of("Attend court with participants"),
                before.description().role().duties());
        assertEquals("What you will do", before.skippedSections().get(0).heading());

        assertTrue(
                Files.readString(Path.of("docs", "authoring.md")).contains("  - Tasks\n  - What You Will Do\n"),
                "docs/authoring.md shows this edit");
        copy.editChecklist("job-description-sections.yaml", "  - Tasks\n", "  - Tasks\n  - What You Will Do\n");
        Submission after = Advisor.load(null, copy.checklists).jobDescriptions().read("job.docx", Format.WORD, docx);
        assertEquals(
                List.of("Facilitate a weekly recovery group", "Attend court with participants"),
                after.description().role().duties());
        assertTrue(after.skippedSections().isEmpty());
    }
}
