package uz.fikr.survey.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import uz.fikr.web.problems.ServletProblems;

/**
 * 401 and 403 as {@code application/problem+json}, like every other refusal: the security filters answer before any
 * controller, where the application's problem handlers never see the request.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** 401, asking for HTTP Basic. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Fikr\", charset=\"UTF-8\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Log in as library staff to use this page or API.");
    }

    /** 403: logged in, but without the role, or a form without its CSRF token. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your login does not allow this, or the page has expired: "
                + "open it again and repeat.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        ServletProblems.write(response, problem, request.getRequestURI());
    }
}
