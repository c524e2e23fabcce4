package org.prss.advisor.role;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values of a pure function for the keys most recently asked, up to a bound: job descriptions repeat (the same
 * lines come back each time a program is assessed again), and reading a line costs far more than looking it up.
 * Thread-safe; a value is worked out outside the lock, so two threads may both work out a new key once.
 */
final class Recent<K, V> {

    private final Function<K, V> compute;
    private final Map<K, V> kept;

    Recent(int bound, Function<K, V> compute) {
        this.compute = compute;
        this.kept = new LinkedHashMap<>(bound, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > bound;
            }
        };
    }

    V get(K key) {
        synchronized (kept) {
            V known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        V value = compute.apply(key);
        synchronized (kept) {
            kept.put(key, value);
        }
        return value;
    }
}
