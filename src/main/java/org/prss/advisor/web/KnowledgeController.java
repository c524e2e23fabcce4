package org.prss.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.SchemaCheck;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeTemplate;
import org.prss.advisor.report.KnowledgeListing;
import org.prss.advisor.text.NearestName;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the advisor knows: the whole knowledge base, one state's row of it, the description schema, and the blank intake
 * workbook.
 */
@RestController
@RequestMapping("/api")
class KnowledgeController {

    private final IntakeTemplate template;
    private final JsonNode listing;

    KnowledgeController(Advisor advisor) {
        this.template = new IntakeTemplate(advisor.knowledge());
        this.listing = KnowledgeListing.of(advisor.knowledge());
    }

    @GetMapping(value = "/knowledge", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode knowledge() {
        return listing;
    }

    @GetMapping("/schema")
    ResponseEntity<byte[]> schema() throws IOException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SchemaCheck.SCHEMA_RESOURCE)) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/schema+json"))
                    .body(in.readAllBytes());
        }
    }

    /** The intake workbook, for one setting ({@code ?setting=JAIL}, in any case) or for all. */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@RequestParam(name = "setting", required = false) String settingName)
            throws IOException, InvalidInputException {
        Setting setting = QueryParameters.setting(settingName);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        template.write(setting, null, out);
        return Responses.workbook(
                out.toByteArray(),
                setting == null ? "intake.xlsx" : "intake-" + setting.name().toLowerCase() + ".xlsx");
    }

    /**
     * One row of the state certification and Medicaid table, as {@code /api/knowledge} lists it, by its two-letter
     * code (in any case); a code the table does not have is a problem naming {@code state}, with the nearest code.
     */
    @GetMapping(value = "/states/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    JsonNode state(@PathVariable("code") String code) throws InvalidInputException {
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        List<String> codes = new ArrayList<>();
        for (JsonNode row : listing.get("states")) {
            if (row.get("state").asText().equals(wanted)) {
                return row;
            }
            codes.add(row.get("state").asText());
        }
        throw new InvalidInputException(
                "the request",
                new InputProblem(
                        "state",
                        "'" + code + "' is not in the state table",
                        NearestName.didYouMean(wanted, codes, "use a two-letter code such as OH or TX")));
    }

    /** For the settings drop-down of the web page. */
    @GetMapping(value = "/settings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Setting> settings() {
        return List.of(Setting.values());
    }
}
