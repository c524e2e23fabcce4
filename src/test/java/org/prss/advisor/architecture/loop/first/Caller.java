package org.prss.advisor.architecture.loop.first;

import org.prss.advisor.architecture.loop.second.Callee;

/** Half of a package cycle made on purpose: ArchitectureTest shows its rule catches it. */
public final class Caller {
    public int call() {
        return new Callee().answer();
    }
}
