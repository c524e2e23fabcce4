package org.prss.advisor.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kept values of a pure function: asked again, a kept key is not worked out again; past the bound it is. */
class RecentTest {

    @Test
    void keepsTheMostRecentlyAskedKeysUpToItsBound() {
        List<String> computed = new ArrayList<>();
        Recent<String, String> recent = new Recent<>(2, key -> {
            computed.add(key);
            return key.toUpperCase(java.util.Locale.ROOT);
        });
        String a = recent.get("a");
        assertSame(a, recent.get("a"), "kept, not worked out again");
        recent.get("b");
        recent.get("a"); // a is now the most recent, b the eldest
        recent.get("c"); // evicts b
        recent.get("a");
        assertEquals("B", recent.get("b"));
        assertEquals(List.of("a", "b", "c", "b"), computed);
    }
}
