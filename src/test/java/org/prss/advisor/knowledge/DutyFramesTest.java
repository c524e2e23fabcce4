package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.model.Setting;

/** The frames file (checklists/duty-frames.yaml): every reading cited, ruled on by its own rule, checked on load. */
class DutyFramesTest {

    private final DutyFrames frames = TestAdvisor.get().knowledge().dutyFrames();

    @Test
    void everyReadingHasItsRuleAndEveryRulingOutOrConditionSaysWhatToWriteInstead() throws Exception {
        String drl = Files.readString(Path.of("rules", "role-frames.drl"));
        String yaml = Files.readString(Path.of("checklists", "duty-frames.yaml"));
        assertEquals(
                yaml.substring(yaml.indexOf("\nreadings:\n")).split("\n  - id: ", -1).length - 1,
                frames.readings().size(),
                "every reading the file lists is loaded");
        for (DutyReading r : frames.readings()) {
            assertTrue(drl.contains("rule \"" + r.id() + "\""), "a rule named after " + r.id());
            assertTrue(!r.citations().isEmpty(), r.id());
            if (r.verdict() != CorpusVerdict.FITS_ROLE) {
                assertNotNull(r.instead(), r.id());
            }
        }
    }

    @Test
    void reportingProgressGovernsByTheTreatmentCourtGuidelinesUnlessTheSettingIsAnother() {
        DutyReading progress = frames.readings().stream()
                .filter(r -> r.id().equals("REPORTS_PROGRESS"))
                .findFirst()
                .orElseThrow();
        assertEquals(CorpusVerdict.KEEP_OUT, progress.verdict());
        assertEquals(null, progress.in(Setting.TREATMENT_COURT), "the treatment-court guidelines govern there");
        assertEquals(null, progress.in(null), "an unstated setting is read for a treatment court");
        SettingVerdict probation = progress.in(Setting.PROBATION_PAROLE);
        assertEquals(CorpusVerdict.CONDITIONAL, probation.verdict());
        assertTrue(probation.condition().contains("signed release"), probation.condition());
        assertTrue(
                probation.citations().stream().anyMatch(c -> c.source().equals("LAPPA Toolkit 2021"))
                        && probation.citations().stream()
                                .anyMatch(c -> c.source().equals("All Rise Guidelines 2023")),
                "both sides are cited");
    }
}
