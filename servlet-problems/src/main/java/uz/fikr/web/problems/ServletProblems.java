package uz.fikr.web.problems;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem as {@code application/problem+json} from a servlet filter, a security handler or Tomcat's error
 * valve, where no message converter is at hand: the same fields Spring MVC writes for the controllers' problems.
 */
public final class ServletProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ServletProblems() {}

    /** @param path the request's path as {@code instance}; null where the path itself was what was wrong */
    public static void write(HttpServletResponse response, ProblemDetail problem, @Nullable String path)
            throws IOException {
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition; no charset parameter, as Spring MVC writes problems
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body(problem, path));
    }

    /** The problem's fields in the order Spring MVC writes them. */
    public static Map<String, Object> body(ProblemDetail problem, @Nullable String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        // RFC 9457: a problem without a type of its own is "about:blank"
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (path != null) {
            body.put("instance", path);
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
