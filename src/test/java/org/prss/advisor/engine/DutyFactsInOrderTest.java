package org.prss.advisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.prss.advisor.role.DutyFacts;
import org.prss.advisor.role.DutyPart;
import org.prss.advisor.role.ProposedDuty;

/** Duties read on two threads come back in the duties' order, and a failure on either thread is the reader's own. */
class DutyFactsInOrderTest {

    private static List<ProposedDuty> duties(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new ProposedDuty(i, "role.duties[" + i + "]", "duty " + i, null))
                .toList();
    }

    private static DutyFacts facts(ProposedDuty d) {
        return new DutyFacts(List.of(new DutyPart(d.index(), 0, d.text())), List.of());
    }

    @Test
    void theFactsComeBackInTheDutiesOrderWhicheverThreadReadThem() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<ProposedDuty> duties = duties(200);
        List<DutyFacts> read = DutyFactsInOrder.read(duties, d -> {
            threads.add(Thread.currentThread().getName());
            return facts(d);
        });
        assertEquals(duties.stream().map(DutyFactsInOrderTest::facts).toList(), read);
        assertEquals(true, threads.size() <= 2, "the calling thread and at most one pool thread: " + threads);
    }

    @Test
    void aFailureOnThePoolThreadIsThrownAsItWas() {
        String caller = Thread.currentThread().getName();
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> DutyFactsInOrder.read(duties(200), d -> {
                    if (!Thread.currentThread().getName().equals(caller) || d.index() == 199) {
                        throw new IllegalStateException("the sentence model could not be loaded");
                    }
                    return facts(d);
                }));
        assertEquals("the sentence model could not be loaded", thrown.getMessage());
    }

    @Test
    void noDutiesAndOneDutyAreReadOnTheCallingThread() {
        String caller = Thread.currentThread().getName();
        assertEquals(List.of(), DutyFactsInOrder.read(List.of(), DutyFactsInOrderTest::facts));
        List<DutyFacts> one = DutyFactsInOrder.read(duties(1), d -> {
            assertEquals(caller, Thread.currentThread().getName());
            return facts(d);
        });
        assertEquals(1, one.size());
    }
}
