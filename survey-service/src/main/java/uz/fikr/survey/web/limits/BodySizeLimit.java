package uz.fikr.survey.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code fikr.limits.max-body} with 413 before anything reads them: at once when
 * {@code Content-Length} says so, and for bodies of unknown length (chunked) as soon as the limit is passed while
 * they are read. Runs before every other filter, security included.
 *
 * <p>Form posts ({@code application/x-www-form-urlencoded}) sent chunked are read by Tomcat itself, past this
 * filter; Tomcat's own limit ({@code server.tomcat.max-http-form-post-size}, 2 MB) bounds those. Browsers always
 * send forms with a {@code Content-Length}, which this filter checks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodySizeLimit.class);

    private final DataSize limit;

    BodySizeLimit(LimitsProperties properties) {
        this.limit = properties.maxBody();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            log.debug("Refused a body of {} bytes to {} {}", declared, request.getMethod(), request.getRequestURI());
            LimitProblems.write(response, LimitProblems.tooLarge(limit), request.getRequestURI());
            return;
        }
        chain.doFilter(declared < 0 ? new LimitedBodyRequest(request, limit) : request, response);
    }
}
