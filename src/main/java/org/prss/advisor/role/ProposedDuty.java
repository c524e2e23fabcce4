package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.model.Role;

/**
 * One duty the program proposes for its peers: a worksheet activity it listed by id, or a line of its job
 * description. The index orders duties as the program wrote them; the origin says where the duty came from.
 *
 * @param listedActivityId the worksheet activity, when the program listed it by id; otherwise null
 */
public record ProposedDuty(int index, String origin, String text, String listedActivityId) {

    /** Listed activities first, then free-text duties, each in the order given. */
    public static List<ProposedDuty> of(Role role, java.util.function.Function<String, String> activityWording) {
        List<ProposedDuty> duties = new ArrayList<>();
        for (int i = 0; i < role.activities().size(); i++) {
            String id = role.activities().get(i);
            duties.add(new ProposedDuty(duties.size(), "role.activities[" + i + "]", activityWording.apply(id), id));
        }
        for (int i = 0; i < role.duties().size(); i++) {
            duties.add(new ProposedDuty(
                    duties.size(), role.dutyOrigin(i), role.duties().get(i), null));
        }
        return List.copyOf(duties);
    }

    /** How a rationale names the duty: "'Drive participants to court' (role.duties[2])". */
    public String quoted() {
        return "'" + text + "' (" + origin + ")";
    }
}
