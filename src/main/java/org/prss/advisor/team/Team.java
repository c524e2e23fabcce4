package org.prss.advisor.team;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prss.advisor.knowledge.TeamAnswerRule;

/**
 * The team behind a team self-assessment: the respondents and how many answer from each role, the rule that combined
 * their answers, the facts they stated differently, every item any of them answered, and the agenda: the ids of the
 * items whose known answers differ, most severe first.
 */
public record Team(
        List<TeamMember> respondents,
        Map<String, Integer> byRole,
        TeamAnswerRule rule,
        List<FactDisagreement> factDisagreements,
        List<TeamItem> items,
        List<String> agenda) {

    public Team {
        respondents = List.copyOf(respondents);
        byRole = Collections.unmodifiableMap(new LinkedHashMap<>(byRole));
        factDisagreements = List.copyOf(factDisagreements);
        items = List.copyOf(items);
        agenda = List.copyOf(agenda);
    }

    /** The agenda's items, in its order. */
    public List<TeamItem> agendaItems() {
        return agenda.stream()
                .map(id -> items.stream()
                        .filter(i -> i.id().equals(id))
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    /** "LEADERSHIP 1, HUMAN_RESOURCES 1, STAFF 1". */
    public String rolesText() {
        return String.join(
                ", ",
                byRole.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList());
    }
}
