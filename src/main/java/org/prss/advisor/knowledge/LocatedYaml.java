package org.prss.advisor.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A YAML knowledge file read so that each entry of its top-level lists keeps the line it starts on,
 * which is what lets a knowledge-base error point at the entry a policy writer has to fix.
 */
final class LocatedYaml {

    static final ObjectMapper MAPPER = YAMLMapper.builder().build();

    /** A list entry and the line it starts on. */
    record Entry(JsonNode node, int line) {}

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();
    private final Map<String, List<Entry>> lists = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();

    private LocatedYaml() {}

    static LocatedYaml read(KnowledgeFile file) throws KnowledgeException {
        LocatedYaml yaml = new LocatedYaml();
        try (JsonParser parser = MAPPER.createParser(file.content())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw problem(file, 1, "expected a mapping of fields at the top of the file");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                yaml.lines.put(name, parser.currentTokenLocation().getLineNr());
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    yaml.lists.put(name, readEntries(parser));
                } else {
                    yaml.fields.put(name, parser.readValueAsTree());
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw problem(
                    file,
                    line,
                    "invalid YAML: "
                            + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw problem(file, 0, "cannot be read: " + e.getMessage());
        }
        return yaml;
    }

    private static List<Entry> readEntries(JsonParser parser) throws IOException {
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            entries.add(new Entry(parser.readValueAsTree(), line));
        }
        return entries;
    }

    /**
     * The line of a field of the list entry that starts on {@code entryLine}, for pointing at the value to fix; the
     * entry's own line when the field is not found before the next entry.
     */
    static int fieldLine(KnowledgeFile file, int entryLine, String field) {
        String[] lines = new String(file.content(), StandardCharsets.UTF_8).split("\\R", -1);
        Pattern key = Pattern.compile("^\\s*(- )?" + Pattern.quote(field) + "\\s*:");
        for (int i = entryLine - 1; i < lines.length; i++) {
            if (i > entryLine - 1
                    && lines[i].stripLeading().startsWith("- ")
                    && lines[i].indexOf('-') <= lines[entryLine - 1].indexOf('-')) {
                break;
            }
            if (key.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return entryLine;
    }

    private static KnowledgeException problem(KnowledgeFile file, int line, String message) {
        return new KnowledgeException(List.of(new KnowledgeProblem(file.displayPath(), line, message)));
    }

    JsonNode field(String name) {
        return fields.get(name);
    }

    boolean has(String name) {
        return fields.containsKey(name) || lists.containsKey(name);
    }

    List<Entry> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** The first-level field names, in the order the file gives them. */
    List<String> fieldNames() {
        return List.copyOf(lines.keySet());
    }

    /** The line a first-level field is on; 1 when the file has no such field. */
    int line(String field) {
        return lines.getOrDefault(field, 1);
    }
}
