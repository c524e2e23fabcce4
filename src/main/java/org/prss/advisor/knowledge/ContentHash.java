package org.prss.advisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 fingerprint of knowledge files, as hex: it keys what the build precomputes from them (the rule model, the
 * corpus's sentence vectors) and names the rule set, so any edit to a file changes it.
 */
public final class ContentHash {

    private final MessageDigest digest;

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** A fingerprint of several files, each given by name and content in a fixed order. */
    public static ContentHash start() {
        return new ContentHash();
    }

    /** The fingerprint of one file's content. */
    public static String of(byte[] content) {
        return start().add(content).hex();
    }

    /** Adds a file under its name, so renaming a file changes the fingerprint as editing it does. */
    public ContentHash add(String name, byte[] content) {
        digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
        return add(content);
    }

    private ContentHash add(byte[] content) {
        digest.update(content);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
