package uz.fikr.survey.web.limits;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import uz.fikr.survey.web.FieldError;

/** The problems the limits answer with, shaped as every other refusal: {@code errors: [{field, message, code}]}. */
final class LimitProblems {

    static final URI TOO_LARGE = URI.create("https://fikr.uz/problems/body-too-large");
    static final URI LENGTH_REQUIRED = URI.create("https://fikr.uz/problems/length-required");
    static final URI NOT_UTF8 = URI.create("https://fikr.uz/problems/invalid-request");
    static final URI TOO_MANY = URI.create("https://fikr.uz/problems/too-many-submissions");

    private LimitProblems() {}

    static ProblemDetail tooLarge(DataSize limit) {
        String detail = "The request body is larger than " + readable(limit) + ", the most this service takes.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(TOO_LARGE);
        problem.setTitle("Request body too large");
        problem.setProperty("errors", List.of(new FieldError("", detail, "body.too-large", List.of(limit.toBytes()))));
        return problem;
    }

    static ProblemDetail lengthRequired() {
        String detail = "A form must be sent with its length (Content-Length), as browsers do.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.LENGTH_REQUIRED, detail);
        problem.setType(LENGTH_REQUIRED);
        problem.setTitle("Length required");
        problem.setProperty("errors", List.of(new FieldError("", detail)));
        return problem;
    }

    static ProblemDetail notUtf8(int offset) {
        String detail = "The body is not valid UTF-8 (from byte " + offset + ").";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(NOT_UTF8);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldError("", detail)));
        return problem;
    }

    static ProblemDetail tooMany(Duration retryAfter) {
        String detail = "Too many answers were sent from your address in a short time. Please send yours again in "
                + retryAfter.toSeconds() + " seconds; it will be counted once.";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        problem.setType(TOO_MANY);
        problem.setTitle("Too many submissions");
        problem.setProperty("errors", List.of(new FieldError("", detail, "submissions.too-many",
                List.of(retryAfter.toSeconds()))));
        return problem;
    }

    /** 65536 bytes as "64 KiB", 1048576 as "1 MiB", anything else in bytes. */
    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }
}
