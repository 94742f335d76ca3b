package uz.fikr.survey.web;

import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import uz.fikr.events.JsonPaths;
import uz.fikr.survey.publishing.BrokerUnavailableException;
import uz.fikr.survey.response.SurveyClosedException;

/**
 * Turns refusals into {@code application/problem+json}: 400 with one entry per bad field in {@code errors}, 503 with
 * {@code Retry-After} when Kafka cannot take a submission in time. Everything else Spring MVC already maps.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final URI INVALID = URI.create("https://fikr.uz/problems/invalid-request");
    static final URI CLOSED = URI.create("https://fikr.uz/problems/survey-closed");
    static final URI UNAVAILABLE = URI.create("https://fikr.uz/problems/temporarily-unavailable");

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(SurveyClosedException.class)
    ProblemDetail closed(SurveyClosedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "This survey is closed and takes no more answers. Thank you for wanting to answer it.");
        problem.setType(CLOSED);
        problem.setTitle("Survey closed");
        problem.setProperty("errors", List.of(FieldError.of("surveyId", "survey.closed")));
        return problem;
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(BrokerUnavailableException e) {
        log.warn("Submission not acknowledged by Kafka in time: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Your answers could not be saved just now. Please send them again in a few seconds; "
                        + "they will be counted once.");
        problem.setType(UNAVAILABLE);
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, org.springframework.http.HttpStatusCode status,
            org.springframework.web.context.request.WebRequest request) {
        // a number too large for its field is valid JSON too: it is named like any other bad field
        FieldError error = e.getMostSpecificCause() instanceof JacksonException jackson
                        && (jackson instanceof DatabindException || jackson instanceof InputCoercionException)
                        && !jackson.getPath().isEmpty()
                ? new FieldError(JsonPaths.of(jackson.getPath()), JsonPaths.reason(jackson))
                : new FieldError("", "The body is not valid JSON");
        return ResponseEntity.badRequest().body(invalid(List.of(error)));
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.stream().map(error -> error.field().isEmpty() ? error.message()
                        : error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        problem.setType(INVALID);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
