package uz.fikr.survey.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import uz.fikr.events.Channel;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.form.FormPage.Hidden;
import uz.fikr.survey.form.FormPage.Notice;
import uz.fikr.survey.form.FormSender.Outcome;

/**
 * The reader's form, {@code /s/{surveyId}}: a plain HTML form that works without JavaScript. A QR code or poster
 * link says where it was given ({@code src}, {@code branch}) and may carry an invitation ({@code invite}).
 * Sending answers 303 to the thank-you page, which shows the response id as the reader's reference (for asking the
 * library to show or delete what they sent), or the same form again with the reader's answers and what to fix.
 */
@Controller
@RequestMapping("/s/{surveyId}")
class ReaderFormController {

    private static final Logger log = LoggerFactory.getLogger(ReaderFormController.class);
    private static final Set<Channel> READER_CHANNELS = EnumSet.of(Channel.WEB, Channel.QR, Channel.KIOSK,
            Channel.WIDGET);
    static final String REFERENCE = "ref";

    private final FormViews views;
    private final FormSender sender;
    private final StartStamps stamps;

    ReaderFormController(FormViews views, FormSender sender, StartStamps stamps) {
        this.views = views;
        this.sender = sender;
        this.stamps = stamps;
    }

    @GetMapping
    ModelAndView form(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String src,
            @RequestParam(required = false) @Nullable String branch,
            @RequestParam(required = false) @Nullable String invite, HttpServletRequest request,
            HttpServletResponse response) {
        ReaderPreferences.remember(request, response);
        Optional<SurveyDefinition> survey = views.survey(surveyId, null);
        if (survey.isEmpty()) {
            return views.unavailable(surveyId, request);
        }
        UUID responseId = UUID.randomUUID();
        Hidden hidden = new Hidden(responseId.toString(), stamps.issue(responseId), survey.get().version(),
                channel(src).code(), linkBranch(branch), invite == null || invite.isBlank() ? null : invite);
        return views.form(survey.get(), request, FormValues.empty(), hidden, List.of(), null, null, false,
                HttpStatus.OK);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ModelAndView send(@PathVariable String surveyId, @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request, HttpServletResponse response) {
        FormValues form = new FormValues(fields);
        ReaderLanguage language = ReaderPreferences.language(request);
        Optional<SurveyDefinition> found = views.survey(surveyId, form.surveyVersion());
        if (found.isEmpty()) {
            return views.unavailable(surveyId, request);
        }
        SurveyDefinition survey = found.get();
        Channel channel = channel(form.value(FormValues.CHANNEL));
        UUID responseId = form.responseId().orElseGet(UUID::randomUUID);
        if (form.has(FormValues.HONEYPOT)) {
            log.info("Form for survey {} filled in the hidden field for robots; not published", surveyId);
            return thanks(surveyId, language, responseId);
        }
        Optional<Instant> opened = stamps.openedAt(responseId, form.value(FormValues.STARTED));
        Hidden hidden = new Hidden(responseId.toString(),
                opened.isPresent() ? form.value(FormValues.STARTED) : stamps.issue(responseId), survey.version(),
                channel.code(), linkBranch(form.value(FormValues.LINK_BRANCH)),
                form.has(FormValues.INVITATION) ? form.value(FormValues.INVITATION) : null);
        if (opened.isEmpty() || views.tooSoon(opened.get())) {
            log.info("Form for survey {} sent too soon after it was opened; asked to send again", surveyId);
            return views.form(survey, request, form, hidden, List.of(), Notice.TOO_FAST, null, false,
                    HttpStatus.BAD_REQUEST);
        }
        return switch (sender.send(survey, responseId, form, channel, null)) {
            case Outcome.Sent sent -> thanks(surveyId, language, sent.responseId());
            case Outcome.Refused refused -> views.form(survey, request, form, hidden, refused.errors(), null, null,
                    false, HttpStatus.BAD_REQUEST);
            case Outcome.Closed closed -> views.unavailable(surveyId, request);
            case Outcome.NotSaved notSaved -> {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(notSaved.retryAfterSeconds()));
                yield views.form(survey, request, form, hidden, List.of(), Notice.NOT_SAVED, null, false,
                        HttpStatus.SERVICE_UNAVAILABLE);
            }
        };
    }

    /** @param ref the response id, shown as the reader's reference when it is one */
    @GetMapping("/thanks")
    ModelAndView thanks(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String ref,
            HttpServletRequest request, HttpServletResponse response) {
        ReaderPreferences.remember(request, response);
        return views.thanks(surveyId, reference(ref), request);
    }

    private static ModelAndView thanks(String surveyId, ReaderLanguage language, UUID responseId) {
        return FormViews.redirect("/s/" + surveyId + "/thanks", language, Map.of(REFERENCE, responseId.toString()));
    }

    private static @Nullable UUID reference(@Nullable String ref) {
        try {
            return ref == null ? null : UUID.fromString(ref);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Where the link was given; a reader's form never claims to be a librarian's interview or paper form. */
    private static Channel channel(@Nullable String code) {
        return Channel.fromCode(code == null ? "" : code).filter(READER_CHANNELS::contains).orElse(Channel.WEB);
    }

    /** The branch a link names, when it is a branch code; otherwise the reader is asked, if the survey asks. */
    private static @Nullable String linkBranch(@Nullable String branch) {
        return branch != null && ReaderProfiles.BRANCH.matcher(branch).matches() ? branch : null;
    }
}
