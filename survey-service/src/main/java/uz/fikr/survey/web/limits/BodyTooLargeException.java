package uz.fikr.survey.web.limits;

import java.io.IOException;
import org.springframework.util.unit.DataSize;

/** A request body of unknown length went past the limit while it was read; answered with 413. */
class BodyTooLargeException extends IOException {

    private final DataSize limit;

    BodyTooLargeException(DataSize limit) {
        super("The request body is larger than " + LimitProblems.readable(limit));
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }
}
