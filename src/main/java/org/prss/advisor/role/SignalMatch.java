package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import org.prss.advisor.knowledge.RoleSignal;

/**
 * A signal found in a proposed duty (one part of it): by the duty's own words, carried by a worksheet activity it
 * matched, or by the labelled example it resembles.
 *
 * @param words   the duty's words that showed the signal; empty when an activity or an example carried it
 * @param via     the worksheet activity that carried it, or null
 * @param example the labelled line the duty resembles, or null
 */
public record SignalMatch(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        @JsonIgnore RoleSignal signal,
        List<String> words,
        String via,
        @JsonInclude(JsonInclude.Include.NON_NULL) Resemblance example)
        implements ByExample {

    /** Signals in the language file's order; for one signal, the duty's own words before what activities carried. */
    public static final Comparator<SignalMatch> ORDER = Comparator.comparingInt(
                    (SignalMatch s) -> s.signal().line())
            .thenComparingInt(SignalMatch::part)
            .thenComparing(s -> s.via() == null ? "" : s.via());

    public SignalMatch {
        words = List.copyOf(words);
    }

    @Override
    public SignalMatch at(int duty, int part) {
        return new SignalMatch(duty, part, signal, words, via, example);
    }

    /** The signal, as reports name it. */
    @JsonProperty
    public String signalId() {
        return signal.id();
    }

    /** The signal carried by a matched worksheet activity. */
    public static SignalMatch carriedBy(ActivityMatch match, RoleSignal signal) {
        return new SignalMatch(
                match.duty(), match.part(), signal, List.of(), match.activity().id(), null);
    }

    /** The signal carried by a frame reading that rules the duty out ("via REPORTS_PROGRESS"). */
    public static SignalMatch carriedByReading(FrameReading reading, RoleSignal signal) {
        return new SignalMatch(reading.duty(), reading.part(), signal, List.of(), reading.readingId(), null);
    }

    /** What showed the signal: "urine, screens", "via ROLE-ACT-ADMINISTER-DRUG-TEST" or "resembles '...' (...)". */
    public String evidence() {
        if (via != null) {
            return "via " + via;
        }
        return example == null ? String.join(", ", words) : example.describe();
    }
}
