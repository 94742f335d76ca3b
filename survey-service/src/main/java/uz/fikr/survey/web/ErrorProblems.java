package uz.fikr.survey.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import uz.fikr.web.problems.RefusalWords;
import uz.fikr.web.problems.ServletProblems;

/**
 * Spring Boot's {@code /error}, where Tomcat sends what it refuses once it knows the application (TRACE, a chunked
 * body whose framing breaks, a form it cannot decode), the firewall's refusals and what an exception left unanswered:
 * problem+json for API clients, never a stack trace. Browsers, such as a reader's on a form, keep Boot's HTML page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorProblems extends BasicErrorController {

    ErrorProblems(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        String detail = status.is5xxServerError() ? "The service could not finish this request; please try again."
                : RefusalWords.error(request, "The request was refused: " + status.getReasonPhrase() + ".");
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ServletProblems.body(ProblemDetail.forStatusAndDetail(status, detail), path));
    }
}
