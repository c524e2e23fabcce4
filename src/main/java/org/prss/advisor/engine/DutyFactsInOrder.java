package org.prss.advisor.engine;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.prss.advisor.role.DutyFacts;
import org.prss.advisor.role.ProposedDuty;

/**
 * Reads a description's duties (tagging, chunking, matching: most of a role review's time once the models are in)
 * on the calling thread and one pool thread, taking the next unread duty in turn, and returns the facts in the
 * duties' order, so the session sees the same facts in the same order however the work was shared. When the pool is
 * busy (a service under load), the calling thread reads them all and the pool's share is called off.
 */
final class DutyFactsInOrder {

    private DutyFactsInOrder() {}

    static List<DutyFacts> read(List<ProposedDuty> duties, Function<ProposedDuty, DutyFacts> read) {
        if (duties.size() < 2) {
            return duties.stream().map(read).toList();
        }
        DutyFacts[] facts = new DutyFacts[duties.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable share = () -> {
            for (int i = next.getAndIncrement(); i < facts.length; i = next.getAndIncrement()) {
                facts[i] = read.apply(duties.get(i));
            }
        };
        AtomicBoolean helped = new AtomicBoolean();
        CompletableFuture<Void> helper = CompletableFuture.runAsync(() -> {
            if (helped.compareAndSet(false, true)) {
                share.run();
            }
        });
        share.run();
        // Not started yet: nothing is left, so it is called off. Started: its last duty may still be in hand.
        if (!helped.compareAndSet(false, true)) {
            try {
                helper.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return List.of(facts);
    }
}
