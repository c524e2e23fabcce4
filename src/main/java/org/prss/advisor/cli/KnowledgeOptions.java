package org.prss.advisor.cli;

import java.nio.file.Path;
import org.prss.advisor.Advisor;
import org.prss.advisor.knowledge.KnowledgeException;
import picocli.CommandLine.Option;

/** The options that replace the packaged rules or checklists with an edited folder. */
final class KnowledgeOptions {

    @Option(
            names = "--rules",
            paramLabel = "DIR",
            description = "Use the .drl files in DIR instead of the packaged rules.")
    Path rules;

    @Option(
            names = "--checklists",
            paramLabel = "DIR",
            description = "Use the checklist files in DIR instead of the packaged ones.")
    Path checklists;

    Advisor load() throws KnowledgeException {
        return Advisor.load(rules, checklists);
    }
}
