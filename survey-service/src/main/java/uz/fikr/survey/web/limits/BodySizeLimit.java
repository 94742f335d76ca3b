package uz.fikr.survey.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import uz.fikr.web.problems.ServletProblems;

/**
 * Checks request bodies before anything reads them, and before every other filter, security included:
 *
 * <ul>
 *   <li>larger than {@code fikr.limits.max-body}: 413, at once when {@code Content-Length} says so, otherwise as soon
 *       as the limit is passed while reading;</li>
 *   <li>JSON that is not strictly UTF-8 (an overlong or truncated sequence, a byte that is never UTF-8): 400, since
 *       the JSON parser would quietly read some of those as other characters;</li>
 *   <li>a form ({@code application/x-www-form-urlencoded}) sent without its length: 411. Tomcat reads form bodies
 *       itself, past this filter, and browsers always send a form's length.</li>
 * </ul>
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
            ServletProblems.write(response, LimitProblems.tooLarge(limit), request.getRequestURI());
            return;
        }
        HttpServletRequest limited = declared < 0 ? new LimitedBodyRequest(request, limit) : request;
        if (declared < 0 && isForm(request) && hasBody(request)) {
            ServletProblems.write(response, LimitProblems.lengthRequired(), request.getRequestURI());
            return;
        }
        if (!isJson(request)) {
            chain.doFilter(limited, response);
            return;
        }
        byte[] body;
        try {
            body = limited.getInputStream().readAllBytes();
        } catch (BodyTooLargeException e) {
            ServletProblems.write(response, LimitProblems.tooLarge(limit), request.getRequestURI());
            return;
        }
        OptionalInt badByte = Utf8.firstMalformedByte(body);
        if (badByte.isPresent()) {
            ServletProblems.write(response, LimitProblems.notUtf8(badByte.getAsInt()), request.getRequestURI());
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /** A JSON body the application will parse; a type it cannot read is left to Spring MVC's 415. */
    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON)
                    || media.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith(
                MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    /** Chunked, or otherwise a body without a declared length. */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }
}
