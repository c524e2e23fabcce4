package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Set;

/**
 * The shape of a duty part, by which the role rules tell a duty from a line that is not one: whether it opens with a
 * verb (a duty says what the peer does), and the word classes of checklists/duty-frames.yaml among its first words
 * ("Must have", "Reports to") and its last word ("required", "preferred").
 */
public record PartShape(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        boolean opensWithVerb,
        Set<String> openingClasses,
        Set<String> closingClasses)
        implements PartFact {

    /** Tags of a verb that can open a duty ("Lead", "Leads", "Leading"); not a participle or a modal. */
    private static final Set<String> VERB_TAGS = Set.of("VB", "VBP", "VBZ", "VBG");

    public PartShape {
        openingClasses = Set.copyOf(openingClasses);
        closingClasses = Set.copyOf(closingClasses);
    }

    @Override
    public PartShape at(int duty, int part) {
        return new PartShape(duty, part, opensWithVerb, openingClasses, closingClasses);
    }

    /** Shapes read from the chunks: the first three tokens and the last word. */
    static PartShape of(ChunkedLine line, WordClasses classes) {
        var tokens = line.tokens();
        var words = tokens.stream()
                .filter(t -> Character.isLetterOrDigit(t.charAt(0)))
                .toList();
        boolean verb = !line.tags().isEmpty() && VERB_TAGS.contains(line.tags().get(0));
        return new PartShape(
                0,
                0,
                verb,
                classes.of(words.subList(0, Math.min(3, words.size()))),
                words.isEmpty() ? Set.of() : classes.of(words.subList(words.size() - 1, words.size())));
    }
}
