package org.prss.advisor.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/** Turns the bytes of a JSON or YAML program description into a tree, or says where the syntax breaks. */
final class DescriptionParser {

    /** Deeper nesting than this is never a program description; refusing it early keeps parsing cheap. */
    private static final int MAX_NESTING = 32;

    /** Longer than any text a description holds (a note, a duty). */
    private static final int MAX_STRING = 100_000;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
            .maxStringLength(MAX_STRING)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final ObjectMapper YAML;

    static {
        JSON.getFactory().setStreamReadConstraints(LIMITS);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(5 * 1024 * 1024);
        YAMLFactory yaml = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(LIMITS)
                .build();
        // YES and NO are answers here, not YAML 1.1 booleans.
        YAML = YAMLMapper.builder(yaml)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();
    }

    private DescriptionParser() {}

    static JsonNode parse(String sourceName, byte[] content) throws InvalidInputException {
        DescriptionFormat format = DescriptionFormat.detect(content);
        if (format == DescriptionFormat.EMPTY) {
            throw new InvalidInputException(
                    sourceName,
                    new InputProblem(
                            "(file)",
                            "the file is empty",
                            "write a JSON or YAML program description; see samples/ for examples"));
        }
        if (format == DescriptionFormat.BINARY) {
            throw new InvalidInputException(
                    sourceName,
                    new InputProblem(
                            "(file)",
                            "is not a JSON or YAML text file: its content is " + FileKind.content(content),
                            FileKind.READS));
        }
        ObjectMapper mapper = format == DescriptionFormat.JSON ? JSON : YAML;
        JsonNode tree;
        try {
            tree = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(
                    sourceName, beyondLimits(e) ? limitProblem(e) : syntaxProblem(sourceName, format, e));
        } catch (IOException e) {
            throw new InvalidInputException(
                    sourceName, new InputProblem("(file)", "cannot be read: " + e.getMessage(), null));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new InvalidInputException(
                    sourceName, new InputProblem("(file)", "the file holds no description", null));
        }
        if (!tree.isObject()) {
            throw new InvalidInputException(
                    sourceName,
                    new InputProblem(
                            "(top level)",
                            "expected an object with program, facts, answers, role and waivers, found "
                                    + tree.getNodeType().name().toLowerCase(),
                            null));
        }
        return tree;
    }

    /** Jackson's limits, or SnakeYAML's own nesting limit, which it reports as a syntax error. */
    private static boolean beyondLimits(JsonProcessingException e) {
        return e instanceof StreamConstraintsException || nestedTooDeep(e);
    }

    private static boolean nestedTooDeep(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("nesting depth");
    }

    /** A limit the parser keeps (nesting, a string's length), said in the terms of a description, not the parser's. */
    private static InputProblem limitProblem(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String path = where == null ? "(file)" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
        return nestedTooDeep(e)
                ? new InputProblem(
                        path,
                        "is nested more than " + MAX_NESTING + " levels deep, which no program description is",
                        "see samples/ for how a description is laid out")
                : new InputProblem(
                        path,
                        "holds a value longer than " + MAX_STRING + " characters, which no field of a description"
                                + " needs",
                        null);
    }

    private static InputProblem syntaxProblem(String sourceName, DescriptionFormat format, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String path = where == null ? "(file)" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut > 0) {
            message = message.substring(0, cut);
        }
        // The content decides the format; a .json file that does not open with { or [ is read as YAML, and says so.
        String readAs = format == DescriptionFormat.YAML
                        && sourceName.toLowerCase(Locale.ROOT).endsWith(".json")
                ? " (the file is named .json, but its content does not begin with { or [, so it was read as YAML)"
                : "";
        return new InputProblem(path, "invalid " + format.name() + readAs + ": " + message, null);
    }
}
