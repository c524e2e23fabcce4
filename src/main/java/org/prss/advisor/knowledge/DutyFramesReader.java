package org.prss.advisor.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks the duty frames file: word classes (upper-case ids, lower-case entries, no class twice) and
 * readings (each with a verdict, a condition when CONDITIONAL, what to write instead when not FITS_ROLE, and
 * citations; per-setting verdicts likewise). Signals are checked against the role language once every file is read.
 */
final class DutyFramesReader {

    static final String CLASSES = "frameClasses";
    private static final Pattern ENTRY = Pattern.compile("^[a-z0-9']+( [a-z0-9']+)*$");

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    DutyFramesReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record ClassSpec(String id, List<String> words) {}

    private record SettingSpec(
            List<Setting> settings,
            CorpusVerdict verdict,
            String condition,
            String governs,
            List<Citation> citations) {}

    private record ReadingSpec(
            String id,
            String says,
            CorpusVerdict verdict,
            String condition,
            String signal,
            Boolean lookalike,
            String instead,
            List<Citation> citations,
            List<SettingSpec> bySetting) {}

    DutyFrames read(LocatedYaml yaml) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (LocatedYaml.Entry entry : yaml.list(CLASSES)) {
            ClassSpec spec = checks.bind(file, entry, ClassSpec.class);
            if (spec != null) {
                wordClass(entry.line(), spec, classes);
            }
        }
        List<DutyReading> readings = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("readings")) {
            ReadingSpec spec = checks.bind(file, entry, ReadingSpec.class);
            if (spec != null) {
                reading(entry.line(), spec, readings);
            }
        }
        return new DutyFrames(classes, readings);
    }

    private void wordClass(int line, ClassSpec spec, Map<String, List<String>> classes) {
        if (spec.id() == null
                || !RoleLanguageReader.SIGNAL_ID.matcher(spec.id()).matches()) {
            checks.problem(file, line, "class id '" + spec.id() + "' must be upper-case words joined by underscores");
            return;
        }
        if (classes.containsKey(spec.id())) {
            checks.problem(file, line, "class " + spec.id() + " is defined twice");
        }
        if (spec.words() == null || spec.words().isEmpty()) {
            checks.problem(file, line, "class " + spec.id() + " has no words");
            return;
        }
        for (String word : spec.words()) {
            if (word == null || !ENTRY.matcher(word).matches()) {
                checks.problem(
                        file,
                        line,
                        "class " + spec.id() + ": '" + word + "' is not lower-case words with single spaces");
            }
        }
        classes.put(spec.id(), List.copyOf(spec.words()));
    }

    private void reading(int line, ReadingSpec spec, List<DutyReading> readings) {
        if (spec.id() == null
                || !RoleLanguageReader.SIGNAL_ID.matcher(spec.id()).matches()) {
            checks.problem(file, line, "reading id '" + spec.id() + "' must be upper-case words joined by underscores");
            return;
        }
        String label = "reading " + spec.id();
        if (readings.stream().anyMatch(r -> r.id().equals(spec.id()))) {
            checks.problem(file, line, label + " is defined twice");
        }
        checks.requireText(file, line, label, "says", spec.says());
        checkVerdict(line, label, spec.verdict(), spec.condition());
        if (spec.verdict() != null && spec.verdict() != CorpusVerdict.FITS_ROLE) {
            checks.requireText(file, line, label, "instead", spec.instead());
        }
        checks.checkCitations(file, line, label, spec.citations());
        List<SettingVerdict> bySetting = new ArrayList<>();
        for (SettingSpec s : spec.bySetting() == null ? List.<SettingSpec>of() : spec.bySetting()) {
            String where = label + " in " + s.settings();
            if (s.settings() == null || s.settings().isEmpty() || s.settings().contains(null)) {
                checks.problem(file, line, label + ": a per-setting verdict names its settings");
                continue;
            }
            checkVerdict(line, where, s.verdict(), s.condition());
            checks.requireText(file, line, where, "governs", s.governs());
            checks.checkCitations(file, line, where, s.citations());
            bySetting.add(new SettingVerdict(
                    s.settings(),
                    s.verdict(),
                    s.condition(),
                    s.governs(),
                    s.citations() == null ? List.of() : s.citations()));
        }
        readings.add(new DutyReading(
                spec.id(),
                spec.says(),
                spec.verdict(),
                spec.condition(),
                spec.signal(),
                Boolean.TRUE.equals(spec.lookalike()),
                spec.instead(),
                spec.citations() == null ? List.of() : spec.citations(),
                bySetting,
                file.displayPath(),
                line));
    }

    private void checkVerdict(int line, String label, CorpusVerdict verdict, String condition) {
        if (verdict == null) {
            checks.problem(file, line, label + ": needs a verdict: KEEP_OUT, CONDITIONAL or FITS_ROLE");
        } else if (verdict == CorpusVerdict.CONDITIONAL && KnowledgeChecks.blank(condition)) {
            checks.problem(file, line, label + ": a CONDITIONAL verdict states its condition");
        }
    }

    /** A reading's signal must be one of the role language's signals. */
    static void checkSignals(KnowledgeChecks checks, DutyFrames frames, RoleLanguage language) {
        for (DutyReading r : frames.readings()) {
            if (r.signal() != null && language.signals().stream().noneMatch(s -> s.id().equals(r.signal()))) {
                checks.problem(
                        r.file(),
                        r.line(),
                        "reading " + r.id() + ": unknown signal '" + r.signal() + "'"
                                + NearestName.fieldSuffix(
                                        r.signal(),
                                        language.signals().stream()
                                                .map(RoleSignal::id)
                                                .toList()));
            }
        }
    }
}
