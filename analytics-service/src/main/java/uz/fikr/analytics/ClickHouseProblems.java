package uz.fikr.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import uz.fikr.analytics.clickhouse.ClickHouseUnavailableException;

/** A query that ClickHouse cannot answer now is a 503 with Retry-After, not a stack trace. */
@RestControllerAdvice
class ClickHouseProblems {

    private static final Logger log = LoggerFactory.getLogger(ClickHouseProblems.class);

    @ExceptionHandler(ClickHouseUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ClickHouseUnavailableException e) {
        log.warn("Analytics query failed: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The analytics store is not answering just now; try again shortly.");
        problem.setTitle("Temporarily unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
