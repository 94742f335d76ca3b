package uz.fikr.demo;

import java.util.Map;
import java.util.UUID;

/** A response the loader can post to survey-service: its id, its survey and its request body. */
public sealed interface Submission permits DemoResponse, QualityResponse {

    UUID responseId();

    String surveyId();

    /** Where the answers were given: {@code web}, {@code qr}, {@code kiosk}, {@code interview}, {@code paper}… */
    String channel();

    /** Interviews and paper forms are typed in by a librarian, who must be logged in to send them. */
    default boolean enteredByStaff() {
        return "interview".equals(channel()) || "paper".equals(channel());
    }

    /** The same submission under another response id. */
    Submission withResponseId(UUID responseId);

    /** The request body as JSON-ready maps, with the API's field names; absent answers are left out. */
    Map<String, Object> toRequestBody();

    /** The request body as JSON text. */
    default String toJson() {
        return Json.write(toRequestBody());
    }
}
