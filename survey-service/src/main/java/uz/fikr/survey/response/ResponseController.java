package uz.fikr.survey.response;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON door for responses: acknowledged with 202 only once Kafka holds the response. Readers need no login; a
 * librarian who sends an interview or a paper form logs in (HTTP Basic), and the response records who entered it.
 */
@RestController
class ResponseController {

    private static final String STAFF = "ROLE_STAFF";

    private final ResponseSubmission submission;

    ResponseController(ResponseSubmission submission) {
        this.submission = submission;
    }

    @PostMapping(path = "/api/v1/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, UUID> submit(@RequestBody SubmitResponseRequest request, @Nullable Authentication login) {
        return Map.of("responseId", submission.submit(request, staffName(login)).responseId());
    }

    private static @Nullable String staffName(@Nullable Authentication login) {
        return login != null && login.isAuthenticated()
                && login.getAuthorities().stream().anyMatch(authority -> STAFF.equals(authority.getAuthority()))
                ? login.getName() : null;
    }
}
