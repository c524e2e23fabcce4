package org.prss.advisor.input.document;

import java.util.List;

/**
 * What a job description file holds, in reading order.
 *
 * @param imageOnlyPages pages of a PDF with images but no text (scanned pages), which cannot be reviewed
 */
public record DocumentText(List<Block> blocks, List<Integer> imageOnlyPages) {

    public DocumentText {
        blocks = List.copyOf(blocks);
        imageOnlyPages = List.copyOf(imageOnlyPages);
    }
}
