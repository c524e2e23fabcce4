package org.prss.advisor.web;

import org.prss.advisor.Advisor;
import org.prss.advisor.input.SchemaCheck;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the advisor knows: the checklist items, the description schema, and the blank intake workbook. */
@RestController
@RequestMapping("/api")
class KnowledgeController {

    private final Advisor advisor;
    private final IntakeTemplate template;

    KnowledgeController(Advisor advisor) {
        this.advisor = advisor;
        this.template = new IntakeTemplate(advisor.knowledge());
    }

    @GetMapping(value = "/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> knowledge() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ruleSet", advisor.knowledge().ruleSet());
        out.put("items", advisor.knowledge().items().stream().map(KnowledgeController::item).toList());
        return out;
    }

    private static Map<String, Object> item(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("domain", i.domain());
        m.put("group", i.groupName());
        m.put("title", i.title());
        m.put("question", i.question());
        m.put("severity", i.severity());
        m.put("settings", i.settings());
        m.put("citations", i.citations());
        return m;
    }

    @GetMapping("/schema")
    ResponseEntity<byte[]> schema() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json")).body(in.readAllBytes());
        }
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(name = "setting", required = false) Setting setting) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(setting, null, out);
        return Responses.workbook(out.toByteArray(), setting == null ? "intake.xlsx" : "intake-" + setting.name().toLowerCase() + ".xlsx");
    }

    /** For the settings drop-down of the web page. */
    @GetMapping(value = "/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Setting> settings() {
        return List.of(Setting.values());
    }
}
