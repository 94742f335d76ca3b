package uz.fikr.analytics.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;
import uz.fikr.analytics.contacts.ContactStoreUnavailableException;
import uz.fikr.analytics.contacts.UnknownReferenceException;
import uz.fikr.analytics.inbox.UnknownInboxItemException;
import uz.fikr.analytics.survey.UnknownSurveyException;

/**
 * Refusals as {@code application/problem+json}: 400 naming every bad parameter, 404 for an unknown survey, inbox
 * item or reader's reference, 503 with Retry-After when ClickHouse cannot answer now. Never a stack trace.
 */
@RestControllerAdvice
class ApiProblems {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidParametersException.class)
    ProblemDetail invalid(InvalidParametersException e) {
        List<FieldError> errors = e.errors();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.join("; ",
                errors.stream().map(error -> error.field() + ": " + error.message()).toList()));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(UnknownSurveyException.class)
    ProblemDetail unknownSurvey(UnknownSurveyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnknownInboxItemException.class)
    ProblemDetail unknownInboxItem(UnknownInboxItemException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ProblemDetail unknownReference(UnknownReferenceException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler({ClickHouseUnavailableException.class, ContactStoreUnavailableException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Analytics query failed: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The analytics store is not answering just now; try again shortly.");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
