package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.DutyFrames;

/**
 * The word classes of checklists/duty-frames.yaml, compiled: which classes a run of words holds. Words are compared
 * by stem and synonym group, as the phrase rules compare them, so "updates", "updated" and "updating" are one word;
 * stop words are kept, and an entry of several words ("out of pocket", "must have") must stand in a row.
 */
final class WordClasses {

    private record Entry(String classId, List<String> stems) {}

    private final WordNormaliser normaliser;
    private final List<Entry> entries = new ArrayList<>();

    WordClasses(DutyFrames frames, WordNormaliser normaliser) {
        this.normaliser = normaliser;
        for (Map.Entry<String, List<String>> c : frames.classes().entrySet()) {
            for (String words : c.getValue()) {
                List<String> stems = stems(List.of(words.split(" ")));
                if (!stems.isEmpty()) {
                    entries.add(new Entry(c.getKey(), stems));
                }
            }
        }
    }

    /** The classes the words hold, in the file's order. */
    Set<String> of(List<String> written) {
        List<String> stems = stems(written);
        Set<String> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!found.contains(e.classId()) && java.util.Collections.indexOfSubList(stems, e.stems()) >= 0) {
                found.add(e.classId());
            }
        }
        return found;
    }

    /** Every word's stem after synonyms, stop words kept: "must have" and "out of pocket" are read whole. */
    private List<String> stems(List<String> written) {
        List<String> stems = new ArrayList<>();
        for (String w : written) {
            for (String piece : w.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+")) {
                if (!piece.isEmpty()) {
                    stems.add(normaliser.read(piece));
                }
            }
        }
        return stems;
    }
}
