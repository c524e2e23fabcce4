package org.prss.advisor.knowledge;

/** The verdict a labelled duty line should get; the same words as the role review's verdicts. */
public enum CorpusVerdict {
    KEEP_OUT,
    CONDITIONAL,
    FITS_ROLE
}
