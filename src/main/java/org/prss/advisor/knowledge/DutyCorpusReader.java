package org.prss.advisor.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.text.NearestName;
import org.prss.advisor.text.Wording;

/**
 * Reads and checks the labelled duty corpus: its kinds (with their per-setting verdicts), its lines, each cited, and
 * its non-duty lines; no two identical lines with different labels or verdicts, and settings only from
 * {@link Setting}. Labels are checked against the worksheet and the signals once every file is read
 * ({@link #checkLabels}); whether each verdict is the one the rules give its label is checked by the rules linter.
 */
final class DutyCorpusReader {

    static final String LINES = "lines";
    static final String NON_DUTIES = "nonDuties";
    private static final Set<String> ORIGINS = Set.of("paraphrase", "sample-job-description", "role-table", "posting");
    private static final List<String> SETTINGS =
            java.util.Arrays.stream(Setting.values()).map(Setting::name).toList();

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    DutyCorpusReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    private record KindSpec(
            String id,
            String name,
            CorpusVerdict verdict,
            String condition,
            List<Citation> citations,
            List<BySettingSpec> bySetting) {}

    private record BySettingSpec(
            List<String> settings, CorpusVerdict verdict, String condition, List<Citation> citations) {}

    private record NonDutySpec(String text, String reason, String origin) {}

    private record LineSpec(
            String text,
            String label,
            CorpusVerdict verdict,
            Boolean conditionStated,
            Boolean lookalike,
            String origin,
            List<Citation> citations,
            String setting,
            Boolean sourcesDisagree) {}

    DutyCorpus read(LocatedYaml yaml) {
        List<CorpusKind> kinds = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("kinds")) {
            KindSpec spec = checks.bind(file, entry, KindSpec.class);
            if (spec != null) {
                kind(entry.line(), spec, kinds);
            }
        }
        List<CorpusLine> lines = new ArrayList<>();
        Map<String, CorpusLine> seen = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list(LINES)) {
            LineSpec spec = checks.bind(file, entry, LineSpec.class);
            if (spec != null) {
                line(entry.line(), spec, lines, seen);
            }
        }
        if (lines.isEmpty()) {
            checks.problem(file, 1, "the duty corpus has no lines");
        }
        List<NonDutyLine> nonDuties = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list(NON_DUTIES)) {
            NonDutySpec spec = checks.bind(file, entry, NonDutySpec.class);
            if (spec != null) {
                nonDuty(entry.line(), spec, nonDuties, seen);
            }
        }
        return new DutyCorpus(kinds, lines, nonDuties, ContentHash.of(file.content()));
    }

    private void nonDuty(int line, NonDutySpec spec, List<NonDutyLine> nonDuties, Map<String, CorpusLine> duties) {
        if (KnowledgeChecks.blank(spec.text()) || KnowledgeChecks.blank(spec.reason())) {
            checks.problem(file, line, "a non-duty line needs a text and a reason (such as 'reporting line')");
            return;
        }
        String label = "non-duty line '" + spec.text().strip() + "'";
        if (spec.origin() != null && !ORIGINS.contains(spec.origin())) {
            checks.problem(file, line, label + ": origin '" + spec.origin() + "' is not one of " + ORIGINS);
        }
        CorpusLine duty = duties.get(Wording.normalised(spec.text()));
        if (duty != null) {
            checks.problem(
                    file, line, label + " is also a labelled duty line at " + duty.where() + ": keep it in one list");
        }
        if (nonDuties.stream().anyMatch(n -> Wording.normalised(n.text()).equals(Wording.normalised(spec.text())))) {
            checks.problem(file, line, label + " is listed twice");
        }
        nonDuties.add(new NonDutyLine(
                nonDuties.size(), spec.text().strip(), spec.reason().strip(), spec.origin(), file.displayPath(), line));
    }

    /** The setting named, or null (with a problem reported when the name is not a {@link Setting}). */
    private Setting setting(int line, String label, String name) {
        if (name == null) {
            return null;
        }
        if (!SETTINGS.contains(name)) {
            checks.problem(
                    file,
                    line,
                    label + ": unknown setting '" + name + "'" + NearestName.fieldSuffix(name, SETTINGS) + "; one of "
                            + SETTINGS);
            return null;
        }
        return Setting.valueOf(name);
    }

    private List<SettingVerdict> bySetting(int line, String label, List<BySettingSpec> specs) {
        List<SettingVerdict> verdicts = new ArrayList<>();
        Set<Setting> named = new java.util.HashSet<>();
        for (BySettingSpec spec : specs == null ? List.<BySettingSpec>of() : specs) {
            String where = label + " bySetting";
            if (spec == null || spec.settings() == null || spec.settings().isEmpty()) {
                checks.problem(file, line, where + ": each entry names its settings");
                continue;
            }
            List<Setting> settings = new ArrayList<>();
            for (String name : spec.settings()) {
                Setting setting = setting(line, where, name);
                if (setting != null && !named.add(setting)) {
                    checks.problem(file, line, where + ": setting " + setting + " is given two verdicts");
                }
                if (setting != null) {
                    settings.add(setting);
                }
            }
            if (spec.verdict() == null) {
                checks.problem(file, line, where + " " + spec.settings() + ": needs a verdict");
                continue;
            }
            if (spec.verdict() == CorpusVerdict.CONDITIONAL && KnowledgeChecks.blank(spec.condition())) {
                checks.problem(
                        file, line, where + " " + spec.settings() + ": a CONDITIONAL verdict states its condition");
            }
            checks.checkCitations(file, line, where + " " + spec.settings(), spec.citations());
            verdicts.add(new SettingVerdict(settings, spec.verdict(), spec.condition(), null, spec.citations()));
        }
        return verdicts;
    }

    private void kind(int line, KindSpec spec, List<CorpusKind> kinds) {
        if (spec.id() == null
                || !RoleLanguageReader.SIGNAL_ID.matcher(spec.id()).matches()) {
            checks.problem(file, line, "kind id '" + spec.id() + "' must be upper-case words joined by underscores");
            return;
        }
        String label = "kind " + spec.id();
        if (kinds.stream().anyMatch(k -> k.id().equals(spec.id()))) {
            checks.problem(file, line, label + " is defined twice");
        }
        checks.requireText(file, line, label, "name", spec.name());
        if (spec.verdict() == null) {
            checks.problem(file, line, label + ": needs a verdict: KEEP_OUT, CONDITIONAL or FITS_ROLE");
        } else if (spec.verdict() == CorpusVerdict.CONDITIONAL && KnowledgeChecks.blank(spec.condition())) {
            checks.problem(file, line, label + ": a CONDITIONAL kind states its condition");
        }
        checks.checkCitations(file, line, label, spec.citations());
        kinds.add(new CorpusKind(
                spec.id(),
                spec.name(),
                spec.verdict(),
                spec.condition(),
                spec.citations() == null ? List.of() : spec.citations(),
                bySetting(line, label, spec.bySetting()),
                file.displayPath(),
                line));
    }

    private void line(int line, LineSpec spec, List<CorpusLine> lines, Map<String, CorpusLine> seen) {
        if (KnowledgeChecks.blank(spec.text()) || KnowledgeChecks.blank(spec.label()) || spec.verdict() == null) {
            checks.problem(file, line, "a corpus line needs a text, a label and a verdict");
            return;
        }
        String label = "line '" + spec.text().strip() + "'";
        if (spec.origin() != null && !ORIGINS.contains(spec.origin())) {
            checks.problem(file, line, label + ": origin '" + spec.origin() + "' is not one of " + ORIGINS);
        }
        checks.checkCitations(file, line, label, spec.citations());
        Setting setting = setting(line, label, spec.setting());
        boolean disagree = Boolean.TRUE.equals(spec.sourcesDisagree());
        if (disagree && spec.setting() == null) {
            checks.problem(
                    file,
                    line,
                    label + ": sourcesDisagree: true needs the line's setting, since the sources' answers differ by"
                            + " setting");
        }
        CorpusLine read = new CorpusLine(
                lines.size(),
                spec.text().strip(),
                spec.label(),
                spec.verdict(),
                Boolean.TRUE.equals(spec.conditionStated()),
                Boolean.TRUE.equals(spec.lookalike()),
                spec.origin(),
                spec.citations() == null ? List.of() : spec.citations(),
                setting,
                disagree,
                file.displayPath(),
                line);
        CorpusLine same = seen.putIfAbsent(Wording.normalised(read.text()), read);
        if (same != null
                && same.setting() == read.setting()
                && (!same.label().equals(read.label()) || same.verdict() != read.verdict())) {
            checks.problem(
                    file,
                    line,
                    label + " is labelled " + read.label() + " " + read.verdict() + ", but the same line at "
                            + same.where() + " is labelled " + same.label() + " " + same.verdict());
        }
        lines.add(read);
    }

    /** Every line's label must be a worksheet activity, a role signal or a kind of the corpus. */
    static void checkLabels(KnowledgeChecks checks, DutyCorpus corpus, RoleWorksheet worksheet, RoleLanguage language) {
        List<String> known = new ArrayList<>();
        worksheet.activities().forEach(a -> known.add(a.id()));
        language.signals().forEach(s -> known.add(s.id()));
        corpus.kinds().forEach(k -> {
            known.add(k.id());
            if (worksheet.activities().stream().anyMatch(a -> a.id().equals(k.id()))
                    || language.signals().stream().anyMatch(s -> s.id().equals(k.id()))) {
                checks.problem(
                        k.file(), k.line(), "kind " + k.id() + " has the id of a worksheet activity or a role signal");
            }
        });
        checkNear(checks, corpus, worksheet, language);
        for (CorpusLine line : corpus.lines()) {
            if (line.sourcesDisagree()
                    && corpus.kind(line.label())
                            .filter(CorpusKind::variesBySetting)
                            .isEmpty()) {
                checks.problem(
                        line.file(),
                        line.line(),
                        "line '" + line.text() + "': sourcesDisagree: true, but its label " + line.label()
                                + " has one verdict in every setting; label it with a kind whose bySetting verdicts"
                                + " differ");
            }
            if (!known.contains(line.label())) {
                checks.problem(
                        line.file(),
                        line.line(),
                        "line '" + line.text() + "': unknown label '" + line.label()
                                + "'" + NearestName.fieldSuffix(line.label(), known)
                                + "; a worksheet activity, a role signal or a kind of the corpus");
            }
        }
    }

    /** What a signal comes near must be a worksheet activity or a kind of the corpus (a signal is near itself). */
    private static void checkNear(
            KnowledgeChecks checks, DutyCorpus corpus, RoleWorksheet worksheet, RoleLanguage language) {
        List<String> known = new ArrayList<>();
        worksheet.activities().forEach(a -> known.add(a.id()));
        corpus.kinds().forEach(k -> known.add(k.id()));
        for (RoleSignal signal : language.signals()) {
            for (String label : signal.near()) {
                if (!known.contains(label)) {
                    checks.problem(
                            signal.file(),
                            signal.line(),
                            "signal " + signal.id() + ": near '" + label + "' is neither a worksheet activity nor a"
                                    + " kind of the duty corpus" + NearestName.fieldSuffix(label, known));
                }
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
