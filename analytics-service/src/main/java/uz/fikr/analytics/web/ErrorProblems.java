package uz.fikr.analytics.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.web.problems.RefusalWords;
import uz.fikr.web.problems.ServletProblems;

/**
 * Spring Boot's {@code /error}, where Tomcat sends what it refuses once it knows the application (TRACE, a chunked
 * body it cannot read), the firewall's refusals and what an exception left unanswered: problem+json, never a stack
 * trace. The API's one client is the dashboard: there is no HTML page to keep.
 */
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                && HttpStatus.resolve(code) != null ? HttpStatus.valueOf(code) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is5xxServerError() ? "The service could not finish this request; please try again."
                : RefusalWords.error(request, "The request was refused: " + status.getReasonPhrase() + ".");
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ServletProblems.body(ProblemDetail.forStatusAndDetail(status, detail), path));
    }
}
