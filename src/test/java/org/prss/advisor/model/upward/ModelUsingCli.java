package org.prss.advisor.model.upward;

import org.prss.advisor.cli.AdvisorCli;

/** A base-layer class that reaches up to the command line, made on purpose: ArchitectureTest shows it is refused. */
public final class ModelUsingCli {
    public Class<?> upward() {
        return AdvisorCli.class;
    }
}
