package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** The orders the page sorts findings in: each value once, so the page can place every finding. */
class OrderControllerTest {

    @Test
    void everyStatusOnceGapsFirst() {
        List<Status> statuses = new OrderController().orders().statuses();
        assertEquals(Status.values().length, statuses.size());
        assertEquals(EnumSet.allOf(Status.class), EnumSet.copyOf(statuses));
        assertEquals(Status.GAP, statuses.get(0));
    }

    @Test
    void severitiesMostSevereFirst() {
        assertEquals(List.of(Severity.values()), new OrderController().orders().severities());
    }
}
