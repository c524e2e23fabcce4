package org.prss.advisor.scenario;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario results as a person reads them (text), as tools read them (JSON), or as CI servers read them (JUnit XML).
 */
public final class ScenarioReport {

    /** The output formats. */
    public enum Format {
        text,
        json,
        junit
    }

    private ScenarioReport() {}

    public static String render(List<ScenarioResult> results, Format format) {
        return switch (format) {
            case text -> text(results);
            case json -> json(results);
            case junit -> junit(results);
        };
    }

    private static String text(List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult r : results) {
            Scenario s = r.scenario();
            out.append(r.passed() ? "PASS  " : "FAIL  ")
                    .append(s.file())
                    .append(':')
                    .append(s.line())
                    .append("  ")
                    .append(s.name())
                    .append('\n');
            for (ScenarioResult.Mismatch m : r.mismatches()) {
                out.append("      ")
                        .append(m.subject())
                        .append(": expected ")
                        .append(m.expected())
                        .append(", actual ")
                        .append(m.actual())
                        .append('\n');
                if (m.rule() != null) {
                    out.append("        decided by: ").append(m.rule()).append('\n');
                }
                out.append("        rationale: ").append(m.rationale()).append('\n');
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.append(results.size())
                .append(" scenarios: ")
                .append(results.size() - failed)
                .append(" passed, ")
                .append(failed)
                .append(" failed\n");
        return out.toString();
    }

    private static String json(List<ScenarioResult> results) {
        JsonMapper mapper =
                JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("scenarios");
        for (ScenarioResult r : results) {
            ObjectNode n = list.addObject();
            n.put("file", r.scenario().file());
            n.put("line", r.scenario().line());
            n.put("name", r.scenario().name());
            n.put("passed", r.passed());
            n.set("mismatches", mapper.valueToTree(r.mismatches()));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        root.put("passed", results.size() - failed);
        root.put("failed", failed);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String junit(List<ScenarioResult> results) {
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        results.forEach(r -> byFile.computeIfAbsent(r.scenario().file(), f -> new java.util.ArrayList<>())
                .add(r));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        for (Map.Entry<String, List<ScenarioResult>> e : byFile.entrySet()) {
            long failed = e.getValue().stream().filter(r -> !r.passed()).count();
            out.append("  <testsuite name=\"")
                    .append(xml(e.getKey()))
                    .append("\" tests=\"")
                    .append(e.getValue().size())
                    .append("\" failures=\"")
                    .append(failed)
                    .append("\">\n");
            for (ScenarioResult r : e.getValue()) {
                out.append("    <testcase classname=\"")
                        .append(xml(e.getKey()))
                        .append("\" name=\"")
                        .append(xml(r.scenario().name()))
                        .append("\"");
                if (r.passed()) {
                    out.append("/>\n");
                    continue;
                }
                out.append(">\n");
                for (ScenarioResult.Mismatch m : r.mismatches()) {
                    out.append("      <failure message=\"")
                            .append(xml(m.subject() + ": expected " + m.expected() + ", actual " + m.actual()))
                            .append("\">")
                            .append(xml(m.rationale()))
                            .append("</failure>\n");
                }
                out.append("    </testcase>\n");
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static String xml(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
