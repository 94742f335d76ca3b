package uz.fikr.survey.qr;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.survey.SurveyCatalog;
import uz.fikr.survey.survey.SurveysProperties;
import uz.fikr.survey.web.FieldError;
import uz.fikr.survey.web.InvalidRequestException;
import uz.fikr.survey.web.SubmissionFields;

/** What a QR code of a survey leads to, and the checks its request parameters go through. */
@Component
class QrLinks {

    static final int MIN_SIZE = 128;
    static final int MAX_SIZE = 2048;
    static final int DEFAULT_SIZE = 512;

    private final SurveyCatalog catalog;
    private final SurveysProperties surveys;

    QrLinks(SurveyCatalog catalog, SurveysProperties surveys) {
        this.catalog = catalog;
        this.surveys = surveys;
    }

    /** The published survey; 404 when there is none with this id. */
    SurveyDefinition survey(String surveyId) {
        return catalog.find(surveyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No published survey with this id"));
    }

    /** The form's address with {@code src=qr}, and the branch the code hangs in when there is one. */
    String encoded(String surveyId, String branch) {
        return surveys.formUrl(surveyId) + "?src=qr" + (branch.isEmpty() ? "" : "&branch=" + branch);
    }

    /** The form's address as a reader types it: without {@code https://}, which browsers add themselves. */
    String typed(String surveyId) {
        return surveys.formUrl(surveyId).replaceFirst("^https://", "");
    }

    /** A valid branch code, or empty; a bad one is added to {@code errors} as {@code branch}. */
    static String branch(@Nullable String branch, List<FieldError> errors) {
        return SubmissionFields.branch(branch, errors);
    }

    /** The side of a PNG in pixels, {@value #DEFAULT_SIZE} when not given; a bad one is added to {@code errors}. */
    static int size(@Nullable String size, List<FieldError> errors) {
        if (size == null || size.isEmpty()) {
            return DEFAULT_SIZE;
        }
        try {
            int pixels = Integer.parseInt(size);
            if (pixels >= MIN_SIZE && pixels <= MAX_SIZE) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // refused below, as a number out of range is
        }
        errors.add(new FieldError("size", "must be a whole number of pixels from " + MIN_SIZE + " to " + MAX_SIZE));
        return DEFAULT_SIZE;
    }

    /** 400 naming every bad parameter, when there is one. */
    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
