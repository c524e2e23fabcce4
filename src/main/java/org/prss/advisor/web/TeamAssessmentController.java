package org.prss.advisor.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.prss.advisor.Advisor;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/team-assessments}: a team self-assessment, as a multipart upload of two or more parts named
 * {@code respondent}, each a respondent's description (JSON or YAML) or filled intake workbook of the same program;
 * answers as {@code POST /api/assessments} does, with the assessment JSON (carrying its {@code team} section), or
 * the workbook (with the Team Answers and Discussion Agenda sheets) when the client accepts the spreadsheet type.
 */
@RestController
@RequestMapping("/api")
class TeamAssessmentController {

    static final String PART = "respondent";

    private final Advisor advisor;
    private final DescriptionReader reader;
    private final AssessmentWorkbook workbooks;
    private final WorkSlots slots;

    TeamAssessmentController(Advisor advisor, WorkSlots slots) {
        this.advisor = advisor;
        this.reader = ServiceReader.of(advisor);
        this.workbooks = new AssessmentWorkbook(advisor.knowledge());
        this.slots = slots;
    }

    @PostMapping(value = "/team-assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<byte[]> assess(
            @RequestParam(PART) List<MultipartFile> files,
            @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate asOf,
            @RequestParam(name = "reading", required = false) List<String> readings,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept)
            throws IOException, InvalidInputException {
        Responses.Format format = Responses.negotiate(accept);
        if (files.size() < 2) {
            throw new InvalidInputException(
                    "the request",
                    new InputProblem(
                            PART,
                            "a team self-assessment needs two or more respondents' files, " + files.size() + " given",
                            "send each respondent's description or intake workbook as a part named " + PART));
        }
        Advisor chosen = QueryParameters.readings(advisor, readings);
        List<String> names = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        for (MultipartFile file : files) {
            names.add(RequestBody.fileName(file, PART + " " + (names.size() + 1)));
            bodies.add(file.getBytes());
        }
        return slots.run(() -> {
            List<Submission> respondents = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                respondents.add(reader.read(names.get(i), bodies.get(i)));
            }
            Advisor.TeamAssessment team = chosen.assessTeam(respondents, asOf == null ? LocalDate.now() : asOf);
            return Responses.assessment(team.assessment(), team.combined(), format, workbooks, "team-assessment.xlsx");
        });
    }
}
