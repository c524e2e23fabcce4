package org.prss.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/orders}: the order the page lists and sorts findings' statuses and severities in, so that the page
 * keeps no copy of the advisor's enums.
 */
@RestController
@RequestMapping("/api")
class OrderController {

    /**
     * @param statuses   most in need of attention first: gaps, partly met and unknown items, then those waived, met
     *                   and not applicable
     * @param severities most severe first, as {@link Severity} declares them
     */
    record Orders(List<Status> statuses, List<Severity> severities) {}

    static final Orders ORDERS = new Orders(
            List.of(Status.GAP, Status.PARTIAL, Status.UNKNOWN, Status.WAIVED, Status.MET, Status.NOT_APPLICABLE),
            List.of(Severity.values()));

    @Operation(
            summary = "The order to list statuses and severities in",
            description = "statuses: every finding status, most in need of attention first; severities: every"
                    + " severity, most severe first. The results page sorts and filters findings in these orders.")
    @GetMapping(value = "/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    Orders orders() {
        return ORDERS;
    }
}
