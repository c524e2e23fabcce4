package org.prss.advisor.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.model.Setting;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/questionnaire?setting=JAIL}: the self-assessment the web page asks, for one setting (in any case)
 * or, without one, for every setting; see {@link Questionnaire}.
 */
@RestController
@RequestMapping("/api")
class QuestionnaireController {

    /** The questionnaire of every setting, kept under this key. */
    private static final String EVERY_SETTING = "";

    private final QuestionnaireBuilder builder;
    private final Map<String, Questionnaire> built = new ConcurrentHashMap<>();

    QuestionnaireController(Advisor advisor) {
        this.builder = new QuestionnaireBuilder(advisor.knowledge());
    }

    @GetMapping(value = "/questionnaire", produces = MediaType.APPLICATION_JSON_VALUE)
    Questionnaire questionnaire(@RequestParam(name = "setting", required = false) String settingName)
            throws InvalidInputException {
        Setting setting = QueryParameters.setting(settingName);
        return built.computeIfAbsent(setting == null ? EVERY_SETTING : setting.name(), k -> builder.build(setting));
    }
}
