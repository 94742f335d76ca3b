package uz.fikr.survey.web.limits;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 413 and 429 as {@code application/problem+json}. Ordered first so that a body that turned out too large while
 * being parsed (Spring wraps the {@link BodyTooLargeException} in an {@code HttpMessageNotReadableException}, which
 * is found here by its cause) is answered as too large rather than as malformed JSON.
 */
@RestControllerAdvice
// after the reader form's own page for 429 (uz.fikr.survey.form.FormLimitPages), before every other handler
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LimitResponses {

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(LimitProblems.tooLarge(e.limit()));
    }

    @ExceptionHandler(TooManySubmissionsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManySubmissionsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .body(LimitProblems.tooMany(e.retryAfter()));
    }
}
