package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Optional;
import org.prss.advisor.model.Citation;

/**
 * What the sources suggest a program measure: the outcome domains they name, each with its outcomes, and the
 * instruments they suggest, with the notes a manager needs before using one (consent, who fills it in). Loaded from
 * {@code checklists/evaluation-measures.yaml}; the Evaluation Plan sheet lists it beside the program's own measures.
 */
public record EvaluationGuide(List<OutcomeDomain> outcomeDomains, List<Instrument> instruments) {

    public static final EvaluationGuide EMPTY = new EvaluationGuide(List.of(), List.of());

    public EvaluationGuide {
        outcomeDomains = List.copyOf(outcomeDomains);
        instruments = List.copyOf(instruments);
    }

    /** What an outcome domain's measures show, as the evaluation rules read it. */
    public enum Focus {
        /** Recovery or recovery capital: what a program must measure, not abstinence or recidivism alone. */
        RECOVERY,
        /** How the program works, observed beside its outcomes. */
        PROCESS,
        /** Abstinence and justice outcomes, tracked only beside recovery measures. */
        JUSTICE
    }

    /** An outcome domain: personal skill-building, community skill-building, and so on. */
    public record OutcomeDomain(String id, String name, Focus focus, List<String> outcomes, List<Citation> citations) {
        public OutcomeDomain {
            outcomes = List.copyOf(outcomes);
            citations = List.copyOf(citations);
        }
    }

    /** A suggested instrument, the outcome domains it measures, and what to know before using it. */
    public record Instrument(String id, String name, List<String> domains, String notes, List<Citation> citations) {
        public Instrument {
            domains = List.copyOf(domains);
            citations = List.copyOf(citations);
        }
    }

    public Optional<OutcomeDomain> domain(String id) {
        return outcomeDomains.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public Optional<Instrument> instrument(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The instruments that measure a domain, in file order. */
    public List<Instrument> instrumentsFor(String domainId) {
        return instruments.stream().filter(i -> i.domains().contains(domainId)).toList();
    }
}
