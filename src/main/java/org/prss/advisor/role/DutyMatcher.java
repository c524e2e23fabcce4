package org.prss.advisor.role;

import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleLanguage;
import org.prss.advisor.knowledge.RoleSignal;
import org.prss.advisor.knowledge.RoleWorksheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Matches proposed duties to worksheet activities (by their keywords) and to signals (by their phrases). A listed
 * activity matches itself. Phrases are compiled once; matching a duty only reads them, so one matcher serves
 * every assessment.
 */
public final class DutyMatcher {

    private record Compiled<T>(T target, List<Phrase> phrases) {
    }

    private final WordNormaliser normaliser;
    private final List<Compiled<RoleActivity>> activities = new ArrayList<>();
    private final List<Compiled<RoleSignal>> signals = new ArrayList<>();

    public DutyMatcher(RoleWorksheet worksheet, RoleLanguage language) {
        this.normaliser = new WordNormaliser(language);
        for (RoleActivity activity : worksheet.activities()) {
            activities.add(new Compiled<>(activity, activity.keywords().stream().map(k -> Phrase.parse(k, normaliser)).toList()));
        }
        for (RoleSignal signal : language.signals()) {
            signals.add(new Compiled<>(signal, signal.phrases().stream().map(p -> Phrase.parse(p, normaliser)).toList()));
        }
    }

    /** Worksheet activities the duty matches, in worksheet order. */
    public List<ActivityMatch> activities(ProposedDuty duty) {
        List<ActivityMatch> matches = new ArrayList<>();
        List<Word> words = normaliser.words(duty.text());
        for (Compiled<RoleActivity> c : activities) {
            if (c.target().id().equals(duty.listedActivityId())) {
                matches.add(new ActivityMatch(duty.index(), c.target(), List.of("listed by id")));
            } else if (duty.listedActivityId() == null) {
                matched(c.phrases(), words).ifPresent(w -> matches.add(new ActivityMatch(duty.index(), c.target(), w)));
            }
        }
        return matches;
    }

    /** Signals the duty's own words show, in the order the language file lists them. */
    public List<SignalMatch> signals(ProposedDuty duty) {
        List<SignalMatch> matches = new ArrayList<>();
        if (duty.listedActivityId() != null) {
            return matches;
        }
        List<Word> words = normaliser.words(duty.text());
        for (Compiled<RoleSignal> c : signals) {
            matched(c.phrases(), words).ifPresent(w -> matches.add(new SignalMatch(duty.index(), c.target(), w, null)));
        }
        return matches;
    }

    /** The duty's words behind every phrase that matches, in the duty's order, or empty when none does. */
    private static Optional<List<String>> matched(List<Phrase> phrases, List<Word> words) {
        Set<String> all = new LinkedHashSet<>();
        for (Phrase phrase : phrases) {
            phrase.matchIn(words).ifPresent(all::addAll);
        }
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(words.stream().map(Word::written).filter(all::contains).distinct().toList());
    }
}
