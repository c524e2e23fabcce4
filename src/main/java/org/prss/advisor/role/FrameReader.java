package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.prss.advisor.role.ChunkedLine.Chunk;

/**
 * Reads the frames of a duty part from its chunks: each verb phrase is a predicate, and the noun and prepositional
 * phrases after it, up to the next verb phrase, are what it governs. Who does it: the peer, unless the predicate
 * follows a verb of enabling whose object is a participant ("helps participants [prepare] for court": the
 * participant prepares), opens a relative or complement clause with its own subject ("a booking who [screens]
 * positive", "confirm that participants [are working]"), or is passive with an agent other than the peer. The words
 * of a predicate someone else does are also governed by the peer's predicate before it ("confirm that participants
 * are working" governs "working"). Negated: "never", "not" in the verb phrase, or "without" right before it.
 */
final class FrameReader {

    /** The word classes that decide agents: verbs of enabling, participants, and the peer named as an agent. */
    static final String ENABLE = "ENABLE";

    static final String PARTICIPANT = "PARTICIPANT";
    /** Verbs whose object a second verb completes ("keep [the PO] informed", "give [the team] feedback"). */
    static final String COMPLEMENT = "COMPLEMENT";

    /** Verbs whose object or "as" phrase is a role the peer takes ("serve as", "be a"). */
    static final String TAKE_ROLE = "TAKE_ROLE";

    private static final Set<String> RECIPIENT_PREPOSITIONS =
            Set.of("to", "with", "at", "for", "before", "in", "during", "into");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");

    private final WordClasses classes;

    FrameReader(WordClasses classes) {
        this.classes = classes;
    }

    /** A predicate being read: its verb phrase and what follows it. */
    private static final class Predicate {
        final Chunk chunk;
        final String verb;
        final List<String> verbs = new ArrayList<>();
        Agent agent = Agent.PEER;
        boolean negated;
        final List<String> objects = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
        final List<String> roles = new ArrayList<>();
        final List<String> beneficiaries = new ArrayList<>();
        final List<String> arguments = new ArrayList<>();
        final StringBuilder shown = new StringBuilder();
        String preposition = "";
        boolean afterPreposition;

        Predicate(Chunk chunk, String verb) {
            this.chunk = chunk;
            this.verb = verb;
            this.verbs.add(verb);
        }
    }

    List<DutyFrame> read(ChunkedLine line) {
        List<Predicate> predicates = new ArrayList<>();
        Predicate current = null;
        Predicate governing = null;
        List<String> subject = new ArrayList<>();
        boolean clauseOpened = false;
        List<Chunk> chunks = line.chunks();
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            List<String> words = lower(line.words(chunk));
            boolean purpose = chunk.type().equals("VP") && words.get(0).equals("to");
            // "verifies ... by contacting their landlord": the means is part of the same act.
            boolean means = chunk.type().equals("VP")
                    && c > 0
                    && lower(line.words(chunks.get(c - 1))).equals(List.of("by"));
            boolean complement = chunk.type().equals("VP")
                    && current != null
                    && !current.objects.isEmpty()
                    && !current.afterPreposition
                    && classes.of(List.of(current.verb)).contains(COMPLEMENT);
            if ((purpose || complement || means)
                    && current != null
                    && current == governing
                    && current.agent == Agent.PEER
                    && !clauseOpened) {
                // "call employers to confirm ...": the purpose is part of the same act, its verb one more action.
                current.verbs.add(verbOf(chunk, line));
                current.shown.append(" ").append(String.join(" ", line.words(chunk)));
                if (complement) {
                    current.arguments.addAll(words);
                }
                current.afterPreposition = false;
                continue;
            }
            if (chunk.type().equals("VP") || c == 0 && startsAsVerb(line, chunk)) {
                Predicate p = new Predicate(chunk, verbOf(chunk, line));
                p.negated = words.stream().anyMatch(NEGATIONS::contains)
                        || c > 0 && lower(line.words(chunks.get(c - 1))).contains("without");
                boolean passive = words.size() > 1
                        && words.stream().anyMatch(BE::contains)
                        && line.tags().get(chunk.end() - 1).equals("VBN");
                if (current != null && enablesParticipant(current)) {
                    p.agent = Agent.PARTICIPANT;
                } else if (clauseOpened) {
                    p.agent = Agent.OTHER;
                }
                if (passive) {
                    p.objects.addAll(subject);
                    p.arguments.addAll(subject);
                }
                p.shown.append(String.join(" ", line.words(chunk)));
                if (p.agent != Agent.PEER && governing != null) {
                    governing.arguments.addAll(words);
                } else {
                    governing = p;
                }
                predicates.add(p);
                current = p;
                subject.clear();
                clauseOpened = false;
                continue;
            }
            String firstTag = line.tags().get(chunk.start());
            if (firstTag.equals("WP")
                    || firstTag.equals("WDT")
                    || firstTag.equals("WRB")
                    || chunk.type().equals("SBAR")) {
                clauseOpened = true;
            }
            if (current == null) {
                subject.addAll(words);
                continue;
            }
            govern(current, chunk, words, line);
            if (current != governing && governing != null) {
                governing.arguments.addAll(words);
            }
        }
        List<DutyFrame> frames = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            frames.add(frame(i, predicates.get(i), line));
        }
        return frames;
    }

    /** The words after a predicate, in the slot their phrase type and preposition give them. */
    private void govern(Predicate p, Chunk chunk, List<String> words, ChunkedLine line) {
        p.shown.append(' ');
        switch (chunk.type()) {
            case "PP" -> {
                p.preposition = words.get(words.size() - 1);
                p.afterPreposition = true;
                p.shown.append(String.join(" ", line.words(chunk)));
                return;
            }
            case "NP", "ADJP", "CONJP", "UCP" -> {
                p.shown.append('[').append(String.join(" ", line.words(chunk))).append(']');
                p.arguments.addAll(words);
                if (!p.afterPreposition) {
                    p.objects.addAll(words);
                    p.recipients.addAll(words);
                    if (classes.of(List.of(p.verb)).contains(TAKE_ROLE)) {
                        p.roles.addAll(words);
                    }
                } else if (RECIPIENT_PREPOSITIONS.contains(p.preposition)) {
                    p.recipients.addAll(words);
                    if (p.preposition.equals("for")) {
                        p.beneficiaries.addAll(words);
                    }
                } else if (p.preposition.equals("as")) {
                    p.roles.addAll(words);
                }
                return;
            }
            default -> {
                p.shown.append(String.join(" ", line.words(chunk)));
                p.arguments.addAll(words);
                if (chunk.type().equals("O") && words.contains("and")) {
                    return; // "... progress and compliance": the coordination keeps the preposition
                }
                p.afterPreposition = p.afterPreposition && !chunk.type().equals("O");
            }
        }
    }

    private DutyFrame frame(int order, Predicate p, ChunkedLine line) {
        String verb = p.verb;
        List<String> words = new ArrayList<>(lower(line.words(p.chunk)));
        p.verbs.subList(1, p.verbs.size()).forEach(words::add);
        words.addAll(p.arguments);
        Set<String> actionClasses = new java.util.LinkedHashSet<>();
        p.verbs.forEach(v -> actionClasses.addAll(classes.of(List.of(v))));
        return new DutyFrame(
                0,
                0,
                order,
                p.agent,
                p.negated,
                verb,
                p.shown.toString().strip(),
                words,
                p.arguments,
                actionClasses,
                classes.of(p.objects),
                classes.of(p.recipients),
                classes.of(p.roles),
                classes.of(p.beneficiaries),
                classes.of(p.arguments));
    }

    /** The predicate's main verb: its last verb-tagged word (its last word when the tagger found no verb). */
    private static String verbOf(Chunk c, ChunkedLine line) {
        for (int i = c.end() - 1; i >= c.start(); i--) {
            if (line.tags().get(i).startsWith("VB")
                    && !BE.contains(line.tokens().get(i).toLowerCase(Locale.ROOT))) {
                return line.tokens().get(i).toLowerCase(Locale.ROOT);
            }
        }
        return line.tokens().get(c.end() - 1).toLowerCase(Locale.ROOT);
    }

    /** A duty's first phrase read as a noun ("[NP Loan] participants ...") is its verb when a verb could start it. */
    private static boolean startsAsVerb(ChunkedLine line, Chunk chunk) {
        return chunk.type().equals("NP")
                && chunk.end() - chunk.start() == 1
                && line.tags().get(chunk.start()).startsWith("NN");
    }

    /** "Helps participants ...", "Coach clients to ...": what follows is the participant's act. */
    private boolean enablesParticipant(Predicate p) {
        return !p.negated
                && classes.of(List.of(p.verb)).contains(ENABLE)
                && classes.of(p.objects).contains(PARTICIPANT);
    }

    private static List<String> lower(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
