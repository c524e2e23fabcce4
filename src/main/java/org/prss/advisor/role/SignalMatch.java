package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.prss.advisor.knowledge.RoleSignal;

import java.util.Comparator;
import java.util.List;

/**
 * A signal found in a proposed duty: by the duty's own words, or carried by a worksheet activity it matched.
 *
 * @param words the duty's words that showed the signal; empty when an activity carried it
 * @param via   the worksheet activity that carried it, or null when the words showed it
 */
public record SignalMatch(@JsonIgnore int duty, @JsonIgnore RoleSignal signal, List<String> words, String via) {

    /** Signals in the language file's order; for one signal, the duty's own words before what activities carried. */
    public static final Comparator<SignalMatch> ORDER = Comparator.comparingInt((SignalMatch s) -> s.signal().line())
            .thenComparing(s -> s.via() == null ? "" : s.via());

    public SignalMatch {
        words = List.copyOf(words);
    }

    /** The signal, as reports name it. */
    @JsonProperty
    public String signalId() {
        return signal.id();
    }

    /** The signal carried by a matched worksheet activity. */
    public static SignalMatch carriedBy(ActivityMatch match, RoleSignal signal) {
        return new SignalMatch(match.duty(), signal, List.of(), match.activity().id());
    }

    /** What showed the signal: "urine, screens" or "via ROLE-ACT-ADMINISTER-DRUG-TEST". */
    public String evidence() {
        return via == null ? String.join(", ", words) : "via " + via;
    }
}
