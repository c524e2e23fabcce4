package org.prss.advisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.prss.advisor.role.ChunkTagger;
import org.prss.advisor.role.SentenceEmbedder;

/**
 * Starts the role review's models loading before the command line is parsed: building the commands' model and
 * loading the classes the parsing needs keep one core busy for a few hundred milliseconds at start, while the other
 * is idle. Only for {@code role FILE} with a non-empty file; the command starts the same loads itself (a second
 * start is a no-op) for every other way of asking for it.
 */
final class EarlyLoads {

    private EarlyLoads() {}

    static void startFor(String[] args) {
        if (args.length < 2 || !args[0].equals("role") || args[1].startsWith("-")) {
            return;
        }
        try {
            Path file = Paths.get(args[1]);
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            return; // the command reports an unreadable or misnamed file itself
        }
        SentenceEmbedder.loadInBackground();
        ChunkTagger.loadInBackground();
    }
}
