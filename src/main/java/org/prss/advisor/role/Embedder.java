package org.prss.advisor.role;

/**
 * Turns a sentence into a unit vector whose direction carries its meaning, so that the dot product of two is their
 * cosine similarity. The role review reads duties through one, so a reader can be given another model.
 */
public interface Embedder {

    /** A sentence's unit vector. */
    float[] embed(String text);
}
