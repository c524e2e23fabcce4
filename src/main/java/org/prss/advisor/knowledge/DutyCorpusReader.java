package org.prss.advisor.knowledge;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.model.Citation;

/**
 * Reads and checks the labelled duty corpus: its kinds and its lines, each cited; no two identical lines with
 * different labels or verdicts. Labels are checked against the worksheet and the signals once every file is read
 * ({@link #checkLabels}); whether each verdict is the one the rules give its label is checked by the rules linter.
 */
final class DutyCorpusReader {

    static final String LINES = "lines";
    private static final Set<String> ORIGINS = Set.of("paraphrase", "sample-job-description", "role-table");

    private final KnowledgeLoader loader;
    private final KnowledgeFile file;

    DutyCorpusReader(KnowledgeLoader loader, KnowledgeFile file) {
        this.loader = loader;
        this.file = file;
    }

    private record KindSpec(
            String id, String name, CorpusVerdict verdict, String condition, List<Citation> citations) {}

    private record LineSpec(
            String text,
            String label,
            CorpusVerdict verdict,
            Boolean conditionStated,
            Boolean lookalike,
            String origin,
            List<Citation> citations) {}

    DutyCorpus read(LocatedYaml yaml) {
        List<CorpusKind> kinds = new ArrayList<>();
        for (LocatedYaml.Entry entry : yaml.list("kinds")) {
            KindSpec spec = loader.bind(file, entry, KindSpec.class);
            if (spec != null) {
                kind(entry.line(), spec, kinds);
            }
        }
        List<CorpusLine> lines = new ArrayList<>();
        Map<String, CorpusLine> seen = new HashMap<>();
        for (LocatedYaml.Entry entry : yaml.list(LINES)) {
            LineSpec spec = loader.bind(file, entry, LineSpec.class);
            if (spec != null) {
                line(entry.line(), spec, lines, seen);
            }
        }
        if (lines.isEmpty()) {
            loader.problem(file, 1, "the duty corpus has no lines");
        }
        return new DutyCorpus(kinds, lines, sha256(file.content()));
    }

    private void kind(int line, KindSpec spec, List<CorpusKind> kinds) {
        if (spec.id() == null
                || !RoleLanguageReader.SIGNAL_ID.matcher(spec.id()).matches()) {
            loader.problem(file, line, "kind id '" + spec.id() + "' must be upper-case words joined by underscores");
            return;
        }
        String label = "kind " + spec.id();
        if (kinds.stream().anyMatch(k -> k.id().equals(spec.id()))) {
            loader.problem(file, line, label + " is defined twice");
        }
        loader.requireText(file, line, label, "name", spec.name());
        if (spec.verdict() == null) {
            loader.problem(file, line, label + ": needs a verdict: KEEP_OUT, CONDITIONAL or FITS_ROLE");
        } else if (spec.verdict() == CorpusVerdict.CONDITIONAL && KnowledgeLoader.blank(spec.condition())) {
            loader.problem(file, line, label + ": a CONDITIONAL kind states its condition");
        }
        loader.checkCitations(file, line, label, spec.citations());
        kinds.add(new CorpusKind(
                spec.id(),
                spec.name(),
                spec.verdict(),
                spec.condition(),
                spec.citations() == null ? List.of() : spec.citations(),
                file.displayPath(),
                line));
    }

    private void line(int line, LineSpec spec, List<CorpusLine> lines, Map<String, CorpusLine> seen) {
        if (KnowledgeLoader.blank(spec.text()) || KnowledgeLoader.blank(spec.label()) || spec.verdict() == null) {
            loader.problem(file, line, "a corpus line needs a text, a label and a verdict");
            return;
        }
        String label = "line '" + spec.text().strip() + "'";
        if (spec.origin() != null && !ORIGINS.contains(spec.origin())) {
            loader.problem(file, line, label + ": origin '" + spec.origin() + "' is not one of " + ORIGINS);
        }
        loader.checkCitations(file, line, label, spec.citations());
        CorpusLine read = new CorpusLine(
                lines.size(),
                spec.text().strip(),
                spec.label(),
                spec.verdict(),
                Boolean.TRUE.equals(spec.conditionStated()),
                Boolean.TRUE.equals(spec.lookalike()),
                spec.origin(),
                spec.citations() == null ? List.of() : spec.citations(),
                file.displayPath(),
                line);
        CorpusLine same = seen.putIfAbsent(normalised(read.text()), read);
        if (same != null && (!same.label().equals(read.label()) || same.verdict() != read.verdict())) {
            loader.problem(
                    file,
                    line,
                    label + " is labelled " + read.label() + " " + read.verdict() + ", but the same line at "
                            + same.where() + " is labelled " + same.label() + " " + same.verdict());
        }
        lines.add(read);
    }

    /** Every line's label must be a worksheet activity, a role signal or a kind of the corpus. */
    static void checkLabels(KnowledgeLoader loader, DutyCorpus corpus, RoleWorksheet worksheet, RoleLanguage language) {
        List<String> known = new ArrayList<>();
        worksheet.activities().forEach(a -> known.add(a.id()));
        language.signals().forEach(s -> known.add(s.id()));
        corpus.kinds().forEach(k -> {
            known.add(k.id());
            if (worksheet.activities().stream().anyMatch(a -> a.id().equals(k.id()))
                    || language.signals().stream().anyMatch(s -> s.id().equals(k.id()))) {
                loader.problem(
                        k.file(), k.line(), "kind " + k.id() + " has the id of a worksheet activity or a role signal");
            }
        });
        for (CorpusLine line : corpus.lines()) {
            if (!known.contains(line.label())) {
                loader.problem(
                        line.file(),
                        line.line(),
                        "line '" + line.text() + "': unknown label '" + line.label()
                                + "'" + KnowledgeLoader.suggestion(line.label(), known)
                                + "; a worksheet activity, a role signal or a kind of the corpus");
            }
        }
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
