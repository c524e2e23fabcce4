package org.prss.advisor.cli;

import org.prss.advisor.Advisor;
import picocli.CommandLine.IVersionProvider;

/** {@code advisor --version}: the build's version, from the jar's manifest, and the packaged rule set's version. */
final class AdvisorVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws Exception {
        String build = AdvisorVersion.class.getPackage().getImplementationVersion();
        return new String[] {
            "Peer Support Readiness Advisor " + (build == null ? "(development build)" : build) + ", rule set "
                    + Advisor.packaged().knowledge().ruleSet().version()
        };
    }
}
