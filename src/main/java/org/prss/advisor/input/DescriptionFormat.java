package org.prss.advisor.input;

/** The kind of content in a submitted file, recognised from the bytes rather than the file name. */
enum DescriptionFormat {
    JSON,
    YAML,
    EMPTY,
    BINARY;

    static DescriptionFormat detect(byte[] content) {
        int i = 0;
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xEF
                && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        if (!FileKind.isText(content)) {
            return BINARY;
        }
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i == content.length) {
            return EMPTY;
        }
        return content[i] == '{' || content[i] == '[' ? JSON : YAML;
    }
}
