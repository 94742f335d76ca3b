package uz.fikr.survey.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import uz.fikr.survey.web.limits.TooManySubmissionsException;

/**
 * The rate limit refuses a form like any other submission, but a reader's browser gets a page in the reader's
 * language, not the JSON problem the API answers with.
 */
@ControllerAdvice(assignableTypes = {ReaderFormController.class, StaffFormController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FormLimitPages {

    private final FormViews views;

    FormLimitPages(FormViews views) {
        this.views = views;
    }

    @ExceptionHandler(TooManySubmissionsException.class)
    ModelAndView tooMany(TooManySubmissionsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
        return views.busy(request.getRequestURI(), request);
    }
}
