package org.prss.advisor.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.web.multipart.MultipartFile;

/** Reads a request body, refusing one larger than the limit before it is all in memory. */
final class RequestBody {

    /** Larger than any description or intake workbook the readers accept, so they give the precise message. */
    static final int LIMIT = 10 * 1024 * 1024;

    private RequestBody() {}

    static byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > LIMIT) {
            throw new PayloadTooLarge(request.getContentLengthLong());
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(LIMIT + 1);
            if (body.length > LIMIT) {
                throw new PayloadTooLarge(-1);
            }
            return body;
        }
    }

    /** An upload's file name without any folder a browser sent with it, as errors name the file. */
    static String fileName(MultipartFile file) {
        return fileName(file, "upload");
    }

    /** The upload's file name without any folder, or {@code fallback} when it has none. */
    static String fileName(MultipartFile file, String fallback) {
        String original = file.getOriginalFilename();
        if (original == null || original.isBlank()) {
            return fallback;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        return name.isBlank() ? fallback : name;
    }

    /** A body over the limit: answered with 413. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge(long size) {
            super("the request body is larger than " + LIMIT / (1024 * 1024) + " MB"
                    + (size > 0 ? " (" + size + " bytes)" : ""));
        }
    }
}
