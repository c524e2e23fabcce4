package org.prss.advisor.input.document;

import java.util.Optional;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The zip-bomb limits POI holds every Office file a user gives to (intake workbooks, Word job descriptions), and the
 * words for a file refused by them. An intake workbook or a job description is mostly text of a few hundred kilobytes:
 * a part that inflates more than 100-fold, or past 20 MB, is an attack (or not the file meant), and a part that size
 * already fills most of a 256 MB heap once parsed.
 */
public final class OfficeZipLimits {

    /** The largest a part of the package may inflate to. */
    public static final long MAX_PART_BYTES = 20L * 1024 * 1024;

    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_TEXT_BYTES = 10L * 1024 * 1024;
    private static final String POI_BOMB = "Zip bomb detected";

    private OfficeZipLimits() {}

    /** Sets the limits (POI keeps them process-wide); called before a user's Office file is opened. */
    public static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_BYTES);
    }

    /** The problem to report when POI refused the file under these limits, found anywhere in the cause chain. */
    public static Optional<String> refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(POI_BOMB)) {
                return Optional.of("is refused as a zip bomb: a part of it would inflate past "
                        + MAX_PART_BYTES / (1024 * 1024)
                        + " MB, or more than " + Math.round(1 / MIN_INFLATE_RATIO) + "-fold");
            }
        }
        return Optional.empty();
    }
}
