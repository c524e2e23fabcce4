package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.prss.advisor.knowledge.CorpusKind;
import org.prss.advisor.knowledge.CorpusLine;
import org.prss.advisor.knowledge.CorpusVerdict;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleLanguage;
import org.prss.advisor.knowledge.RoleSignal;

/**
 * Finds what each proposed duty is an instance of, and how, as facts for the role rules. A line is split into the
 * duties it lists; each part is read by the phrase rules (worksheet keywords and signal phrases, see {@link Phrase})
 * and compared with the labelled lines of the duty corpus. The labelled lines decide a part when most of its nearest
 * examples give one verdict and the nearest of them is close enough, and outrank the phrase rules when it is very
 * close (thresholds in the {@code similarity} section of role-language.yaml); otherwise the phrase rules decide; and
 * when neither does, the three nearest examples are offered as suggestions. A part that states a condition
 * (role-language.yaml's {@code conditionPhrases}) gets it as met. A listed activity matches itself.
 * Phrases are compiled once; reading a duty only reads them, so one matcher serves every assessment.
 */
public final class DutyMatcher {

    /** How many nearest examples a part nothing settled is shown with. */
    private static final int SUGGESTIONS = 3;

    private record Compiled<T>(T target, List<Phrase> phrases) {}

    private final WordNormaliser normaliser;
    private final DutySplitter splitter;
    private final RoleLanguage.Similarity similarity;
    private final ExampleIndex examples;
    private final Embedder embedder;
    private final WordClasses wordClasses;
    private final FrameReader frames;
    private final List<Compiled<RoleActivity>> activities = new ArrayList<>();
    private final List<Compiled<RoleSignal>> signals = new ArrayList<>();
    private final List<Phrase> conditions;
    private final Map<String, Object> labels = new HashMap<>();
    /** Each label's verdict when its condition is not stated: what its lines that do not state it say. */
    private final Map<String, CorpusVerdict> labelVerdicts = new HashMap<>();
    /** The readings of the part texts read most recently: a reading depends on the text alone. */
    private final Recent<String, List<PartFact>> readings = new Recent<>(4096, this::readText);

    /** Reads duties with the knowledge base's phrases and its whole corpus. */
    public DutyMatcher(KnowledgeBase knowledge) {
        this(
                knowledge,
                ExampleIndex.of(knowledge.dutyCorpus()),
                knowledge.roleLanguage().similarity());
    }

    /**
     * Reads duties with the knowledge base's phrases and the given examples and similarity thresholds (an index
     * without some lines for cross-validation; {@link RoleLanguage.Similarity#OFF} for the phrase rules alone).
     */
    public DutyMatcher(KnowledgeBase knowledge, ExampleIndex examples, RoleLanguage.Similarity similarity) {
        this(knowledge, examples, similarity, SentenceEmbedder.SHARED);
    }

    /** Reads duties with the given embedder of sentences (it must be the one the examples were embedded with). */
    public DutyMatcher(
            KnowledgeBase knowledge, ExampleIndex examples, RoleLanguage.Similarity similarity, Embedder embedder) {
        this.embedder = embedder;
        RoleLanguage language = knowledge.roleLanguage();
        this.normaliser = new WordNormaliser(language);
        this.similarity = similarity;
        this.examples = examples;
        this.wordClasses = new WordClasses(knowledge.dutyFrames(), normaliser);
        this.frames = new FrameReader(wordClasses);
        this.conditions = language.conditionPhrases().stream()
                .map(p -> Phrase.condition(p, normaliser, language.phraseWindow()))
                .toList();
        Set<String> verbs = new LinkedHashSet<>();
        for (RoleActivity activity : knowledge.roleWorksheet().activities()) {
            activities.add(new Compiled<>(
                    activity,
                    activity.keywords().stream()
                            .map(k -> Phrase.parse(k, normaliser, language.phraseWindow()))
                            .toList()));
            labels.put(activity.id(), activity);
            verbs.add(DutySplitter.firstWord(activity.activity()));
        }
        for (RoleSignal signal : language.signals()) {
            signals.add(new Compiled<>(
                    signal,
                    signal.phrases().stream()
                            .map(p -> Phrase.parse(p, normaliser, language.phraseWindow()))
                            .toList()));
            labels.put(signal.id(), signal);
        }
        for (CorpusKind kind : knowledge.dutyCorpus().kinds()) {
            labels.put(kind.id(), kind);
        }
        for (CorpusLine line : knowledge.dutyCorpus().lines()) {
            verbs.add(DutySplitter.firstWord(line.text()));
            if (!line.conditionStated()) {
                labelVerdicts.put(line.label(), line.verdict());
            }
        }
        // A label all of whose lines state its condition is CONDITIONAL (that is what stating it means).
        knowledge.dutyCorpus().lines().forEach(l -> labelVerdicts.putIfAbsent(l.label(), CorpusVerdict.CONDITIONAL));
        verbs.removeAll(language.stopWords());
        verbs.removeAll(language.clauseWords());
        this.splitter = new DutySplitter(verbs);
    }

    /**
     * The facts the role rules judge a duty by: its parts ({@link DutyPart}) and, for each part, the activities,
     * signals and kinds it is an instance of, a condition it states, or the suggestions when nothing settled it.
     */
    public DutyFacts read(ProposedDuty duty) {
        List<DutyPart> found = new ArrayList<>();
        List<PartFact> facts = new ArrayList<>();
        if (duty.listedActivityId() != null) {
            found.add(new DutyPart(duty.index(), 0, duty.text()));
            activities.stream()
                    .filter(c -> c.target().id().equals(duty.listedActivityId()))
                    .findFirst()
                    .ifPresent(c ->
                            facts.add(new ActivityMatch(duty.index(), 0, c.target(), List.of("listed by id"), null)));
            return new DutyFacts(found, facts);
        }
        List<String> parts = splitter.split(duty.text());
        // A condition the line states governs every duty it lists ("With consent, update the family and ...").
        List<Word> lineWords = normaliser.words(duty.text());
        Optional<List<String>> condition = matched(conditions, lineWords, stems(lineWords));
        for (int p = 0; p < parts.size(); p++) {
            DutyPart part = new DutyPart(duty.index(), p, parts.get(p));
            found.add(part);
            facts.addAll(readPart(part));
            condition.ifPresent(w -> facts.add(new ConditionMet(part.duty(), part.part(), w)));
        }
        return new DutyFacts(found, facts);
    }

    /** The part's reading: the reading of its text, stated for the part where it stands. */
    private List<PartFact> readPart(DutyPart part) {
        return readings.get(part.text()).stream()
                .map(f -> f.at(part.duty(), part.part()))
                .toList();
    }

    /** What a part's text is an instance of (stated for a part at 0, 0): depends on the text alone. */
    private List<PartFact> readText(String text) {
        DutyPart part = new DutyPart(0, 0, text);
        List<Word> words = normaliser.words(part.text());
        Set<String> stems = stems(words);
        List<PartFact> phrased = new ArrayList<>();
        phrased.addAll(activities(part, words, stems));
        phrased.addAll(signals(part, words, stems));
        ChunkedLine chunked = ChunkTagger.chunk(text);
        List<PartFact> facts = new ArrayList<>(frames.read(chunked));
        facts.add(PartShape.of(chunked, wordClasses));
        boolean compared = similarity.on() && !examples.isEmpty() && !words.isEmpty();
        if (!compared) {
            facts.addAll(phrased);
            return facts;
        }
        if (!phrased.isEmpty() && similarity.overrule() >= 1.0) {
            // Phrases outrank the examples and settle the part without the model; what the examples say is worked
            // out only for a part whose phrase matches the rules find all to be lookalikes.
            facts.addAll(phrased);
            facts.add(ExampleFallback.of(() -> List.of(byExamples(text, words, stems, embedder.embed(text)))));
            return facts;
        }
        float[] vector = embedder.embed(text);
        notADuty(vector).ifPresent(n -> facts.add(NotADuty.resembling(n)));
        PartFact byExamples = byExamples(text, words, stems, vector);
        boolean decided = !(byExamples instanceof Suggestions);
        if (phrased.isEmpty() || decided && ((ByExample) byExamples).example().similarity() >= similarity.overrule()) {
            facts.add(byExamples);
        } else {
            facts.addAll(phrased);
        }
        return facts;
    }

    /** What the labelled examples say of a part: the match of the example that decides it, or the suggestions. */
    private PartFact byExamples(String text, List<Word> words, Set<String> stems, float[] vector) {
        Set<String> ruledOut = ruledOut(words, stems);
        List<Resemblance> nearest = examples.nearest(
                vector,
                Math.max(similarity.neighbours(), SUGGESTIONS),
                r -> !ruledOut.contains(r.example().label()));
        Optional<Resemblance> decides = decides(nearest);
        return decides.isPresent()
                ? labelled(0, 0, decides.get().example().label(), decides.get())
                : new Suggestions(0, 0, nearest.subList(0, Math.min(SUGGESTIONS, nearest.size())));
    }

    /** The non-duty line the part resembles, when alike enough and nearer than any labelled duty. */
    private Optional<NonDutyResemblance> notADuty(float[] vector) {
        Optional<NonDutyResemblance> nearest =
                examples.nearestNonDuty(vector).filter(n -> n.similarity() >= similarity.nonDuty());
        if (nearest.isEmpty()) {
            return nearest;
        }
        List<Resemblance> duty = examples.nearest(vector, 1);
        return nearest.filter(
                n -> duty.isEmpty() || n.similarity() > duty.get(0).similarity());
    }

    private List<Resemblance> voters(List<Resemblance> nearest) {
        return nearest.subList(0, Math.min(similarity.neighbours(), nearest.size()));
    }

    /** Whether a KEEP_OUT example votes, at most {@code keepOutMargin} less alike than the nearest. */
    private boolean keepOutClose(List<Resemblance> voters) {
        return !voters.isEmpty()
                && voters.stream()
                        .anyMatch(r -> labelVerdicts.get(r.example().label()) == CorpusVerdict.KEEP_OUT
                                && r.similarity() >= voters.get(0).similarity() - similarity.keepOutMargin());
    }

    /**
     * The example whose label decides the part: the nearest one giving the verdict that most of the nearest
     * examples give (each counted by its similarity, and by its label's verdict, whether or not it states the
     * condition), when it is close enough. The examples let no duty through on mixed evidence: passing a duty the
     * sources rule out costs more than asking a person, so a FITS_ROLE or CONDITIONAL win with a KEEP_OUT neighbour
     * nearly as close as the nearest (within {@code keepOutMargin}) decides nothing, and the part is shown with its
     * nearest examples.
     */
    private Optional<Resemblance> decides(List<Resemblance> nearest) {
        List<Resemblance> voters = voters(nearest);
        if (voters.isEmpty()) {
            return Optional.empty();
        }
        Map<CorpusVerdict, Double> votes = new EnumMap<>(CorpusVerdict.class);
        for (Resemblance r : voters) {
            votes.merge(labelVerdicts.get(r.example().label()), r.similarity(), Double::sum);
        }
        Map.Entry<CorpusVerdict, Double> winner = votes.entrySet().stream()
                .max(Map.Entry.<CorpusVerdict, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow();
        if (winner.getKey() != CorpusVerdict.KEEP_OUT && keepOutClose(voters)) {
            return Optional.empty();
        }
        // A near tie between two verdicts is mixed evidence: a person decides, shown the nearest lines of both (a
        // KEEP_OUT win stands: ruling a duty out on mixed evidence costs less than letting it through).
        boolean nearTie = winner.getKey() != CorpusVerdict.KEEP_OUT
                && votes.entrySet().stream()
                        .anyMatch(v -> v.getKey() != winner.getKey()
                                && winner.getValue() - v.getValue() < similarity.tieMargin());
        if (nearTie) {
            return Optional.empty();
        }
        return nearest.stream()
                .filter(r -> labelVerdicts.get(r.example().label()) == winner.getKey())
                .findFirst()
                .filter(r -> r.similarity() >= similarity.threshold());
    }

    /**
     * The match that says a duty part is an instance of a label (an activity, a signal or a corpus kind), shown by
     * an example, or by the label itself when {@code example} is null (the rules linter asks what each label gets).
     */
    public PartFact labelled(int duty, int part, String label, Resemblance example) {
        Object target = labels.get(label);
        if (target instanceof RoleActivity a) {
            return new ActivityMatch(duty, part, a, example == null ? List.of(label) : List.of(), example);
        }
        if (target instanceof RoleSignal s) {
            return new SignalMatch(duty, part, s, example == null ? List.of(label) : List.of(), null, example);
        }
        if (target instanceof CorpusKind k && example != null) {
            return new KindMatch(duty, part, k, example);
        }
        throw new IllegalArgumentException("no activity, signal or kind '" + label + "' to match");
    }

    /** The signals whose phrases read the part and ruled it out by an excluded word: no example may label it so. */
    private Set<String> ruledOut(List<Word> words, Set<String> stems) {
        Set<String> out = new java.util.HashSet<>();
        for (Compiled<RoleSignal> c : signals) {
            if (c.phrases().stream().anyMatch(p -> p.ruledOutIn(words, stems))
                    && matched(c.phrases(), words, stems).isEmpty()) {
                out.add(c.target().id());
            }
        }
        return out;
    }

    /** Worksheet activities whose keywords the part's words match, in worksheet order. */
    List<ActivityMatch> activities(DutyPart part) {
        List<Word> words = normaliser.words(part.text());
        return activities(part, words, stems(words));
    }

    private List<ActivityMatch> activities(DutyPart part, List<Word> words, Set<String> stems) {
        List<ActivityMatch> matches = new ArrayList<>();
        for (Compiled<RoleActivity> c : activities) {
            matched(c.phrases(), words, stems)
                    .ifPresent(w -> matches.add(new ActivityMatch(part.duty(), part.part(), c.target(), w, null)));
        }
        return matches;
    }

    /** Signals the part's own words show, in the order the language file lists them. */
    List<SignalMatch> signals(DutyPart part) {
        List<Word> words = normaliser.words(part.text());
        return signals(part, words, stems(words));
    }

    private List<SignalMatch> signals(DutyPart part, List<Word> words, Set<String> stems) {
        List<SignalMatch> matches = new ArrayList<>();
        for (Compiled<RoleSignal> c : signals) {
            matched(c.phrases(), words, stems)
                    .ifPresent(w -> matches.add(new SignalMatch(part.duty(), part.part(), c.target(), w, null, null)));
        }
        return matches;
    }

    /** The duty's words behind every phrase that matches, in the duty's order, or empty when none does. */
    private static Optional<List<String>> matched(List<Phrase> phrases, List<Word> words, Set<String> stems) {
        Set<String> all = new LinkedHashSet<>();
        for (Phrase phrase : phrases) {
            phrase.matchIn(words, stems).ifPresent(all::addAll);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.stream()
                .map(Word::written)
                .filter(all::contains)
                .distinct()
                .toList());
    }

    /** The stems of a text's words, so a phrase with a word the text lacks is passed over unread. */
    private static Set<String> stems(List<Word> words) {
        Set<String> stems = new java.util.HashSet<>();
        words.forEach(w -> stems.add(w.stem()));
        return stems;
    }
}
