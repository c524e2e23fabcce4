package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.HashSet;
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

    /** The classes of verbs: a noun-tagged word of one of them can be a coordinated verb. */
    private static final Set<String> ACTIONS = Set.of(
            "TELL",
            "CHECK",
            "VERIFY",
            "HANDOVER",
            "LEND",
            "SPEND",
            "CLERK_ACT",
            "CUSTODY_ACT",
            "SECURITY_ACT",
            "EXPLAIN",
            "CONNECT",
            "TRAIN",
            "CLINICAL_ACT");
    /** Verbs that leave their object out ("leaving out any use"), so the frame does not do what its words name. */
    static final String EXCLUDE = "EXCLUDE";

    /** Verbs whose object a second verb completes ("keep [the PO] informed", "give [the team] feedback"). */
    static final String COMPLEMENT = "COMPLEMENT";

    /** Verbs whose object or "as" phrase is a role the peer takes ("serve as", "be a"). */
    static final String TAKE_ROLE = "TAKE_ROLE";

    private static final Set<String> RECIPIENT_PREPOSITIONS =
            Set.of("to", "with", "at", "for", "before", "in", "during", "into");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
    /** Words that open a clause with its own subject, however the tagger tagged them ("that" as IN). */
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whom", "whose", "whether");

    /** Words the chunker reads as a preposition that, right after the verb, complete it ("hand out", "pass up"). */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "down", "back", "over", "away");

    private static final Set<String> BE = Set.of("be", "is", "are", "was", "were", "been", "being");

    /** Words that open a verb phrase with a subject of its own before it ("they [are] following"). */
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "may", "might", "should",
            "do", "does", "did");

    /** Prepositions whose gerund names a topic ("about being diagnosed", "rules on spending"). */
    private static final Set<List<String>> TOPIC_PREPOSITIONS = Set.of(
            List.of("about"),
            List.of("of"),
            List.of("on"),
            List.of("for"),
            List.of("in"),
            List.of("with"),
            List.of("regarding"),
            List.of("concerning"),
            List.of("such", "as"));

    /** What joins a verb to the one before it, so that it shares its agent ("mentors ... and reports ..."). */
    private static final Set<List<String>> COORDINATORS =
            Set.of(List.of("and"), List.of(","), List.of("or"), List.of("nor"));

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
        /** Negated by "not", "never" or "without" (rather than by a verb that leaves its object out). */
        boolean negatedByWord;

        /** Negated by "without" in particular, which an "and" after it carries on. */
        boolean negatedByWithout;

        /** A gerund after a preposition named its topic: a gerund coordinated with it does too. */
        boolean topicOpen;

        final List<String> objects = new ArrayList<>();
        final List<String> recipients = new ArrayList<>();
        final List<String> roles = new ArrayList<>();
        final List<String> beneficiaries = new ArrayList<>();
        final List<String> owners = new ArrayList<>();
        final List<String> arguments = new ArrayList<>();
        final StringBuilder shown = new StringBuilder();
        String preposition = "";
        /** Where the last noun phrase's words begin among the objects and recipients (a possessor is dropped). */
        int lastObject;

        int lastRecipient;
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
            boolean verbPhrase = chunk.type().equals("VP")
                    || c == 0 && startsAsVerb(line, chunk)
                    || coordinatedVerb(line, chunks, c);
            boolean purpose = verbPhrase && words.get(0).equals("to");
            // "verifies ... by contacting their landlord": the means is part of the same act.
            boolean means =
                    verbPhrase && c > 0 && lower(line.words(chunks.get(c - 1))).equals(List.of("by"));
            boolean complement = verbPhrase
                    && current != null
                    && !current.objects.isEmpty()
                    && !current.afterPreposition
                    && classes.of(List.of(current.verb)).contains(COMPLEMENT);
            boolean afterPeersAct = governing != null
                    && governing.agent == Agent.PEER
                    && (current == governing || current.agent == Agent.OTHER);
            boolean sameAct = means && afterPeersAct
                    || purpose && afterPeersAct && !clauseOpened && !enablesParticipant(governing)
                    || complement
                            && current == governing
                            && current.agent == Agent.PEER
                            && !clauseOpened
                            && !enablesParticipant(current);
            if (sameAct) {
                // "call employers to confirm ...", "verifies ... by contacting": the purpose or the means is part of
                // the peer's act, its verb one more action; what follows it is governed by that act.
                current = governing;
                current.verbs.add(verbOf(chunk, line));
                current.shown.append(" ").append(String.join(" ", line.words(chunk)));
                if (complement) {
                    current.arguments.addAll(words);
                }
                current.afterPreposition = false;
                clauseOpened = false;
                continue;
            }
            List<String> before = c > 0 ? lower(line.words(chunks.get(c - 1))) : List.of();
            if (verbPhrase && current != null && !purpose && !means && names(line, chunk, before, current)) {
                // "talk about [being diagnosed] and [starting therapy]", "rules on transporting ... and [spending]":
                // a gerund after a preposition, or coordinated with such a gerund, names the topic of the act
                // before it, not an act of its own.
                current.shown.append(' ').append(String.join(" ", line.words(chunk)));
                current.arguments.addAll(words);
                if (current != governing && governing != null) {
                    governing.arguments.addAll(words);
                }
                current.topicOpen = true;
                continue;
            }
            if (verbPhrase) {
                Predicate p = new Predicate(chunk, verbOf(chunk, line));
                boolean without = before.contains("without");
                p.negatedByWord = words.stream().anyMatch(NEGATIONS::contains) || without;
                p.negated = p.negatedByWord
                        || classes.of(withNext(line, chunk)).contains(EXCLUDE)
                        || inheritsNegation(current, before);
                p.negatedByWithout = without;
                boolean passive = words.size() > 1
                        && words.stream().anyMatch(BE::contains)
                        && line.tags().get(chunk.end() - 1).equals("VBN");
                boolean coordinated = COORDINATORS.contains(before);
                if (coordinated && current != null) {
                    // "mentors participants ... and reports those ...": a coordinated verb has the agent of the verb
                    // it is coordinated with; after a clause of someone else's ("when they ask, ..."), the peer's.
                    p.agent = current.agent == Agent.OTHER && governing != null ? governing.agent : current.agent;
                } else if (current != null && enablesParticipant(current)) {
                    p.agent = Agent.PARTICIPANT;
                } else if (clauseOpened || ownSubject(chunks, c, words)) {
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
            if (RELATIVES.contains(words.get(0))
                    || firstTag.equals("WP")
                    || firstTag.equals("WDT")
                    || firstTag.equals("WRB")
                    || chunk.type().equals("SBAR")) {
                clauseOpened = true;
            }
            if (current == null) {
                subject.addAll(words);
                continue;
            }
            if (chunk.type().equals("NP")
                    && TOPIC_PREPOSITIONS.contains(before)
                    && words.get(0).endsWith("ing")) {
                current.topicOpen = true; // "rules on [transporting participants]": a gerund the tagger read as a noun
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
                p.shown.append(String.join(" ", line.words(chunk)));
                if (p.arguments.isEmpty() && words.size() == 1 && PARTICLES.contains(words.get(0))) {
                    return; // "hand [out] MOUD doses": a particle of the verb; what follows is still its object
                }
                // The preposition is among the words it governs, so a phrase naming it ("complete applications for")
                // lies in the frame; it names no class.
                p.arguments.addAll(words);
                p.preposition = words.get(words.size() - 1);
                p.afterPreposition = true;
                return;
            }
            case "NP", "ADJP", "CONJP", "UCP" -> {
                p.shown.append('[').append(String.join(" ", line.words(chunk))).append(']');
                p.arguments.addAll(words);
                if (line.tags().get(chunk.start()).equals("POS") && !p.afterPreposition) {
                    // "[a client] ['s progress]": the client owns what is reported; the progress is the object.
                    p.owners.addAll(p.objects.subList(p.lastObject, p.objects.size()));
                    p.objects.subList(p.lastObject, p.objects.size()).clear();
                    p.recipients
                            .subList(Math.min(p.lastRecipient, p.recipients.size()), p.recipients.size())
                            .clear();
                }
                p.lastObject = p.objects.size();
                p.lastRecipient = p.recipients.size();
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
                // Any other phrase ("how", "that", a comma) ends what the preposition governs.
                p.afterPreposition = false;
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
        actionClasses.addAll(phrasal(p, line));
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
                classes.of(p.owners),
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

    /**
     * A one-word noun phrase right after "and" or a comma, before another noun phrase, whose word is an action of the
     * frames' classes: the tagger read a coordinated verb as a noun ("... and [reports] [those] who ...").
     */
    private boolean coordinatedVerb(ChunkedLine line, List<Chunk> chunks, int c) {
        Chunk chunk = chunks.get(c);
        if (!chunk.type().equals("NP") || chunk.end() - chunk.start() != 1 || c == 0 || c + 1 >= chunks.size()) {
            return false;
        }
        List<String> before = lower(line.words(chunks.get(c - 1)));
        if (!before.equals(List.of("and")) && !before.equals(List.of(","))) {
            return false;
        }
        Set<String> wordClasses = classes.of(line.words(chunk));
        return chunks.get(c + 1).type().equals("NP") && ACTIONS.stream().anyMatch(wordClasses::contains);
    }

    /**
     * The classes only the verb and the word after it give together ("check in" is reaching out, where "check" alone
     * is checking and "in" nothing).
     */
    private Set<String> phrasal(Predicate p, ChunkedLine line) {
        int end = p.chunk.end();
        if (end >= line.tokens().size()) {
            return Set.of();
        }
        String next = line.tokens().get(end).toLowerCase(Locale.ROOT);
        Set<String> together = new HashSet<>(classes.of(List.of(p.verb, next)));
        together.removeAll(classes.of(List.of(p.verb)));
        together.removeAll(classes.of(List.of(next)));
        return together;
    }

    /** A verb phrase's words and the token after it ("leaving" "out"). */
    private static List<String> withNext(ChunkedLine line, Chunk chunk) {
        List<String> words = new ArrayList<>(lower(line.words(chunk)));
        if (chunk.end() < line.tokens().size()) {
            words.add(line.tokens().get(chunk.end()).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * A verb coordinated by "or" with a verb that "not", "never" or "without" negates is negated too ("without
     * observing the sample or seeing the result"), and so is one coordinated by "and" after "without"; a verb that
     * only leaves its object out passes nothing on ("omit use and report progress").
     */
    private static boolean inheritsNegation(Predicate previous, List<String> connector) {
        return previous != null
                && previous.negatedByWord
                && (connector.equals(List.of("or"))
                        || connector.equals(List.of("nor"))
                        || connector.equals(List.of("and")) && previous.negatedByWithout);
    }

    /**
     * A verb phrase opened by an auxiliary right after a noun phrase has that phrase as its subject ("make sure [they]
     * [are following] ...", "confirm [participants] [are working]"), when a verb came before it.
     */
    private static boolean ownSubject(List<Chunk> chunks, int c, List<String> words) {
        return c > 1 && chunks.get(c - 1).type().equals("NP") && AUXILIARIES.contains(words.get(0));
    }

    /**
     * A gerund (tagged so, or an "-ing" word the tagger read as a noun) right after a topic preposition, or
     * coordinated with a gerund that was.
     */
    private static boolean names(ChunkedLine line, Chunk chunk, List<String> before, Predicate current) {
        String first = line.tokens().get(chunk.start()).toLowerCase(Locale.ROOT);
        if (!line.tags().get(chunk.start()).equals("VBG") && !first.endsWith("ing")) {
            return false;
        }
        return TOPIC_PREPOSITIONS.contains(before)
                || current.topicOpen && (before.equals(List.of("and")) || before.equals(List.of("or")));
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
