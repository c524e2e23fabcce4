package org.prss.advisor.knowledge;

import java.util.Collection;
import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/** A federal grant program or a no-cost technical-assistance offer the sources point peer programs to. */
public record FundingOption(
        String id,
        Kind kind,
        String name,
        String agency,
        String summary,
        List<Setting> settings,
        List<Citation> citations) {

    /** Money, or help. */
    public enum Kind {
        GRANT,
        TECHNICAL_ASSISTANCE
    }

    /** "Other grant programs for this setting: A (agency); B. No-cost help: C." for a finding's rationale. */
    public static String describe(Collection<?> options) {
        List<FundingOption> all =
                options.stream().map(FundingOption.class::cast).toList();
        StringBuilder s = new StringBuilder();
        List<String> grants = all.stream()
                .filter(o -> o.kind() == Kind.GRANT)
                .map(o -> o.name() + " (" + o.agency() + ")")
                .toList();
        List<String> help = all.stream()
                .filter(o -> o.kind() == Kind.TECHNICAL_ASSISTANCE)
                .map(FundingOption::name)
                .toList();
        if (!grants.isEmpty()) {
            s.append("Federal grant programs for this setting: ")
                    .append(String.join("; ", grants))
                    .append('.');
        }
        if (!help.isEmpty()) {
            s.append(s.length() > 0 ? " " : "")
                    .append("No-cost technical assistance: ")
                    .append(String.join("; ", help))
                    .append('.');
        }
        return s.toString();
    }

    public FundingOption {
        settings = List.copyOf(settings);
        citations = List.copyOf(citations);
    }
}
