package uz.fikr.dashboard.service;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A call to analytics-service or survey-service failed: it could not be reached ({@code status} 0), answered with an
 * error status, or sent something unreadable. A refusal (4xx) carries the service's problem+json body.
 */
public class ServiceException extends RuntimeException {

    /** A field the service named in a refusal, with its message. */
    public record FieldProblem(String field, String message) {
    }

    private final int status;
    private final @Nullable JsonNode problem;

    public ServiceException(String message, int status, @Nullable JsonNode problem, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem;
    }

    /** The HTTP status, or 0 when the service did not answer. */
    public int status() {
        return status;
    }

    /** True when the service is down or broken rather than refusing this request; trying again later may help. */
    public boolean unavailable() {
        return status == 0 || status >= 500;
    }

    /** The problem's {@code detail}, or the exception message when the service sent none. */
    public String detail() {
        return problem != null && problem.hasNonNull("detail") ? problem.get("detail").asString() : getMessage();
    }

    /** The fields a refusal named ({@code errors: [{field, message}]}), in order. */
    public List<FieldProblem> fieldProblems() {
        var fields = new ArrayList<FieldProblem>();
        if (problem != null && problem.has("errors")) {
            for (JsonNode error : problem.get("errors")) {
                fields.add(new FieldProblem(error.path("field").asString(""), error.path("message").asString("")));
            }
        }
        return fields;
    }
}
