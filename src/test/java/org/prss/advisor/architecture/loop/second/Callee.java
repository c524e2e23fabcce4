package org.prss.advisor.architecture.loop.second;

import org.prss.advisor.architecture.loop.first.Caller;

/** The other half of the cycle: it uses the package that uses it. */
public final class Callee {
    public int answer() {
        return 42;
    }

    public Caller back() {
        return new Caller();
    }
}
