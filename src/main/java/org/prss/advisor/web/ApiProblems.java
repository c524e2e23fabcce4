package org.prss.advisor.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.prss.advisor.input.InputProblem;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.IsoDate;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details: the advisor's own input errors with each problem's field or cell, size
 * limits as 413, and anything unexpected as a plain 500 without a stack trace. Spring's own errors (unsupported media
 * type, a missing part, an upload over the multipart limit) come as problem details through the base class.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPES = "https://prss-advisor.example/problems/";
    /** The server's own log: the stack trace goes here, never into a response. */
    private static final Logger LOG = Logger.getLogger(ApiProblems.class.getName());

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.problems().size() + " problem(s) in " + e.sourceName() + "; see errors for each field or cell.");
        p.setType(URI.create(TYPES + "invalid-input"));
        p.setTitle("The input cannot be assessed");
        List<Map<String, String>> errors =
                e.problems().stream().map(ApiProblems::error).toList();
        p.setProperty("errors", errors);
        return p;
    }

    private static Map<String, String> error(InputProblem problem) {
        return problem.hint() == null
                ? Map.of("path", problem.path(), "problem", problem.problem())
                : Map.of("path", problem.path(), "problem", problem.problem(), "hint", problem.hint());
    }

    /**
     * A date parameter written another way ({@code ?asOf=12/06/2026}) is a problem naming the parameter, the value and
     * the form to write, worded as the command line words {@code --as-of}, instead of Spring's "Failed to convert".
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MethodArgumentTypeMismatchException argument
                && argument.getRequiredType() == LocalDate.class
                && argument.getValue() != null) {
            ProblemDetail p = invalid(new InvalidInputException(
                    "the query", IsoDate.problem(argument.getName(), String.valueOf(argument.getValue()))));
            return handleExceptionInternal(ex, p, headers, HttpStatus.BAD_REQUEST, request);
        }
        return super.handleTypeMismatch(ex, headers, status, request);
    }

    @ExceptionHandler(RequestBody.PayloadTooLarge.class)
    ProblemDetail tooLarge(RequestBody.PayloadTooLarge e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, e.getMessage());
        p.setType(URI.create(TYPES + "too-large"));
        p.setTitle("Request too large");
        return p;
    }

    @ExceptionHandler(NotAcceptable.class)
    ProblemDetail notAcceptable(NotAcceptable e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, e.getMessage());
        p.setType(URI.create(TYPES + "not-acceptable"));
        p.setTitle("No such response format");
        return p;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        LOG.log(Level.SEVERE, "request failed", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The advisor failed on this input; the error has been noted. Check the input against /api/schema.");
        p.setType(URI.create(TYPES + "internal"));
        p.setTitle("Internal error");
        return p;
    }

    /** The client asked for a response format the endpoint does not give. */
    static final class NotAcceptable extends RuntimeException {
        NotAcceptable(String accept, List<String> offered) {
            super("cannot answer with " + accept + "; ask for one of " + String.join(", ", offered));
        }
    }
}
