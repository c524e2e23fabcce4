package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * Tokens, part-of-speech tags (Penn Treebank) and phrase chunks of a duty line, by Apache OpenNLP's English 1.5
 * models. The models load once per process (about 1.5 s cold), on first use or ahead of it ({@link #loadInBackground});
 * they are shared, and each thread tags with its own tagger, since OpenNLP's taggers keep state between calls.
 *
 * <p>A duty line has no subject ("Loan participants money"), and without one the tagger reads its first word as a
 * noun; a pronoun is put before the line for tagging and dropped from the result. The 1.5 chunker was trained on
 * Penn tags, so the tagger is asked for those rather than OpenNLP 2's default Universal Dependencies tags.
 */
public final class ChunkTagger {

    /** Words after a line's first word that make it a clause with its own subject ("Participants are linked ..."). */
    private static final Set<String> AUXILIARIES =
            Set.of("is", "are", "was", "were", "will", "shall", "must", "should", "may", "can", "has", "have");

    /** Words that open a clause before the duty's verb ("With consent, ...", "When asked, ..."). */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "with",
            "when",
            "whenever",
            "if",
            "where",
            "wherever",
            "after",
            "before",
            "upon",
            "once",
            "during",
            "as",
            "at",
            "in",
            "for",
            "under",
            "within",
            "while",
            "unless",
            "on");

    private record Models(TokenizerModel tokens, POSModel tags, ChunkerModel chunks) {}

    private record Taggers(TokenizerME tokens, POSTaggerME tags, ChunkerME chunks) {}

    /**
     * The three models, each loaded by whoever asks first (from its build-time pack, under half the load; from
     * OpenNLP's file when there is none); a command that will read duties starts all three.
     */
    private static final LoadedOnce<TokenizerModel> TOKENS =
            new LoadedOnce<>("the tokenizer model", () -> (TokenizerModel) ModelPack.model(ModelPack.Kind.TOKENS));

    private static final LoadedOnce<POSModel> TAGS =
            new LoadedOnce<>("the part-of-speech model", () -> (POSModel) ModelPack.model(ModelPack.Kind.TAGS));
    private static final LoadedOnce<ChunkerModel> CHUNKS =
            new LoadedOnce<>("the chunker model", () -> (ChunkerModel) ModelPack.model(ModelPack.Kind.CHUNKS));

    private static final ThreadLocal<Taggers> TAGGERS = ThreadLocal.withInitial(() -> {
        Models m = models();
        return new Taggers(
                new TokenizerME(m.tokens()), new POSTaggerME(m.tags(), POSTagFormat.PENN), new ChunkerME(m.chunks()));
    });

    private ChunkTagger() {}

    /**
     * Starts loading the models, each on a thread of its own, for a command that will read duties: the tagger's model,
     * the largest, then overlaps the chunker's and the rules' loading instead of following them.
     */
    public static void loadInBackground() {
        TAGS.startInBackground("chunk-models-tags");
        CHUNKS.startInBackground("chunk-models-chunks");
        TOKENS.startInBackground("chunk-models-tokens");
    }

    /** Waits until the loads {@link #loadInBackground} started have ended, however they ended; at once when none. */
    public static void awaitBackgroundLoad() {
        TOKENS.awaitBackground();
        TAGS.awaitBackground();
        CHUNKS.awaitBackground();
    }

    /** The line's tokens, tags and chunks. */
    public static ChunkedLine chunk(String line) {
        Taggers t = TAGGERS.get();
        List<String> tokens = new ArrayList<>(List.of(t.tokens().tokenize(line.strip())));
        int at = subjectAt(tokens);
        String subject = at < 0 ? null : subjectFor(tokens, at);
        if (subject != null) {
            tokens.set(at, tokens.get(at).toLowerCase(Locale.ROOT));
            tokens.add(at, subject);
        }
        String[] words = tokens.toArray(String[]::new);
        List<String> tags = new ArrayList<>(List.of(t.tags().tag(words)));
        List<String> chunks = new ArrayList<>(List.of(t.chunks().chunk(words, tags.toArray(String[]::new))));
        if (subject != null) {
            tokens.remove(at);
            tags.remove(at);
            chunks.remove(at);
            if (at < chunks.size() && chunks.get(at).startsWith("I-")) {
                chunks.set(at, "B-" + chunks.get(at).substring(2));
            }
        }
        return ChunkedLine.of(tokens, tags, chunks);
    }

    /**
     * Where the duty's verb stands, for a subject to go before it: the first token, or the token after the first
     * comma of a line opened by a clause ("With the participant's consent, share ..."); -1 when the line has its own
     * subject ("Participants are linked ...").
     */
    static int subjectAt(List<String> tokens) {
        if (tokens.isEmpty() || !Character.isLetter(tokens.get(0).charAt(0))) {
            return -1;
        }
        if (tokens.size() > 1 && AUXILIARIES.contains(tokens.get(1).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        if (CLAUSE_OPENERS.contains(tokens.get(0).toLowerCase(Locale.ROOT))) {
            int comma = tokens.indexOf(",");
            return comma < 0 || comma + 1 >= tokens.size() ? -1 : comma + 1;
        }
        return 0;
    }

    /** "She" before a verb ending in -s ("Helps participants"), "They" before one in the base form. */
    private static String subjectFor(List<String> tokens, int at) {
        String first = tokens.get(at).toLowerCase(Locale.ROOT);
        return first.endsWith("s") && !first.endsWith("ss") ? "She" : "They";
    }

    private static Models models() {
        return new Models(TOKENS.get(), TAGS.get(), CHUNKS.get());
    }
}
