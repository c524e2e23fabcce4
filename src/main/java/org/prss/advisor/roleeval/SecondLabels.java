package org.prss.advisor.roleeval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.DutyCorpus;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeProblem;
import org.prss.advisor.knowledge.NonDutyLine;
import org.prss.advisor.model.Setting;
import org.prss.advisor.role.DutyFit;

/**
 * The second labeller's verdicts (checklists/evaluation/second-labeller.yaml): lines of the corpus labelled again by
 * someone who saw only the sources and the labelling guide. Each must be a line of the corpus or of its non-duty list.
 */
public final class SecondLabels {

    /** Where the file lies under the checklists folder, and in the jar. */
    public static final String FILE = "evaluation/second-labeller.yaml";

    private static final String PACKAGED = "/knowledge/checklists/" + FILE;

    private record Entry(String text, Setting setting, DutyFit verdict, String note) {}

    private record File(List<Entry> secondLabels) {}

    private SecondLabels() {}

    /** The agreement of the corpus and the second labeller, or empty when the checklists hold no second labelling. */
    public static Optional<LabellerAgreement> agreement(Path checklists, DutyCorpus corpus) throws KnowledgeException {
        String where = checklists == null
                ? "checklists/" + FILE
                : checklists.resolve(FILE).toString();
        try (InputStream in = checklists == null
                ? SecondLabels.class.getResourceAsStream(PACKAGED)
                : Files.exists(checklists.resolve(FILE)) ? Files.newInputStream(checklists.resolve(FILE)) : null) {
            if (in == null) {
                return Optional.empty();
            }
            File file = new YAMLMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class);
            return Optional.of(pair(where, file, corpus));
        } catch (IOException e) {
            throw new KnowledgeException(List.of(new KnowledgeProblem(
                    where,
                    0,
                    "cannot be read: " + e.getMessage().lines().findFirst().orElse(""))));
        }
    }

    private static LabellerAgreement pair(String where, File file, DutyCorpus corpus) throws KnowledgeException {
        Map<String, DutyFit> first = new HashMap<>();
        for (CorpusLine line : corpus.lines()) {
            first.put(line.text(), DutyFit.valueOf(line.verdict().name()));
        }
        for (NonDutyLine line : corpus.nonDuties()) {
            first.put(line.text(), DutyFit.NOT_A_DUTY);
        }
        List<LabellerAgreement.Pair> pairs = new ArrayList<>();
        List<KnowledgeProblem> problems = new ArrayList<>();
        List<Entry> entries = file.secondLabels() == null ? List.of() : file.secondLabels();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            DutyFit corpusVerdict = e.text() == null ? null : first.get(e.text().strip());
            if (corpusVerdict == null || e.verdict() == null || e.verdict() == DutyFit.NEEDS_REVIEW) {
                problems.add(new KnowledgeProblem(
                        where,
                        0,
                        "entry " + (i + 1) + " ('" + e.text()
                                + "'): needs a verdict (FITS_ROLE, CONDITIONAL, KEEP_OUT or"
                                + " NOT_A_DUTY) and the text of a line of the duty corpus"));
            } else {
                pairs.add(new LabellerAgreement.Pair(e.text().strip(), corpusVerdict, e.verdict()));
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new LabellerAgreement(pairs);
    }
}
