package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.List;

/**
 * A duty line as the chunker read it: its tokens, their Penn Treebank tags, and the phrases (noun, verb,
 * prepositional ...) they group into.
 */
public record ChunkedLine(List<String> tokens, List<String> tags, List<Chunk> chunks) {

    /** One phrase: its type ("NP", "VP", "PP", "SBAR" ...; "O" for a token outside any phrase) and token span. */
    public record Chunk(String type, int start, int end) {}

    public ChunkedLine {
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
        chunks = List.copyOf(chunks);
    }

    /** The phrases of BIO chunk tags ("B-NP", "I-NP", "O"), in order. */
    static ChunkedLine of(List<String> tokens, List<String> tags, List<String> bio) {
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        String type = null;
        for (int i = 0; i < bio.size(); i++) {
            String tag = bio.get(i);
            boolean continues = tag.startsWith("I-") && type != null && type.equals(tag.substring(2));
            if (!continues) {
                if (type != null) {
                    chunks.add(new Chunk(type, start, i));
                }
                start = i;
                type = tag.length() > 2 ? tag.substring(2) : "O";
            }
        }
        if (type != null) {
            chunks.add(new Chunk(type, start, bio.size()));
        }
        return new ChunkedLine(tokens, tags, chunks);
    }

    /** The tokens of a chunk, as written. */
    List<String> words(Chunk chunk) {
        return tokens.subList(chunk.start(), chunk.end());
    }

    /** "[VP provides] [NP the Judge] [PP with] ...": how the line was read, for a person checking it. */
    String bracketed() {
        StringBuilder b = new StringBuilder();
        for (Chunk c : chunks) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            String words = String.join(" ", words(c));
            b.append(c.type().equals("O") ? words : "[" + c.type() + " " + words + "]");
        }
        return b.toString();
    }
}
