package org.prss.advisor.knowledge;

import java.util.List;

/** A domain of the knowledge base (readiness, role, staffing, ethics ...) with its groups and items in order. */
public record Domain(String id, String name, List<Group> groups, List<ChecklistItem> items) {

    /** A heading inside a domain, as the source document groups its items. */
    public record Group(String id, String name) {
    }
}
