package org.prss.advisor.knowledge;

import java.util.List;

/** The role worksheet: its categories and activities in the toolkit's order. */
public record RoleWorksheet(String name, List<Domain.Group> categories, List<RoleActivity> activities) {

    public static final RoleWorksheet EMPTY = new RoleWorksheet("", List.of(), List.of());

    public RoleWorksheet {
        categories = List.copyOf(categories);
        activities = List.copyOf(activities);
    }
}
