package uz.fikr.survey.form;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
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
import uz.fikr.survey.web.FieldError;

/**
 * A librarian enters a reader's answers from an interview or a paper form, {@code /staff/s/{surveyId}}: the reader's
 * form plus the choice of interview or paper, recorded with the librarian's name. After saving, the next empty form.
 */
@Controller
@RequestMapping("/staff/s/{surveyId}")
class StaffFormController {

    static final String CHANNEL_REQUIRED = "form.staff.channel.required";

    private final FormViews views;
    private final FormSender sender;
    private final StartStamps stamps;

    StaffFormController(FormViews views, FormSender sender, StartStamps stamps) {
        this.views = views;
        this.sender = sender;
        this.stamps = stamps;
    }

    /** The CSRF token is asked for up front, so its session exists before the page is written. */
    @GetMapping
    ModelAndView form(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String branch,
            @RequestParam(required = false) @Nullable String saved, HttpServletRequest request, Principal librarian,
            CsrfToken csrf) {
        csrf.getToken();
        Optional<SurveyDefinition> survey = views.survey(surveyId, null);
        if (survey.isEmpty()) {
            return views.unavailable(surveyId, request);
        }
        UUID responseId = UUID.randomUUID();
        Hidden hidden = new Hidden(responseId.toString(), stamps.issue(responseId), survey.get().version(), null,
                branch != null && ReaderProfiles.BRANCH.matcher(branch).matches() ? branch : null, null);
        return views.form(survey.get(), request, FormValues.empty(), hidden, List.of(), null, librarian.getName(),
                saved != null, HttpStatus.OK);
    }

    @PostMapping(consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ModelAndView send(@PathVariable String surveyId, @RequestParam MultiValueMap<String, String> fields,
            HttpServletRequest request, Principal librarian) {
        FormValues form = new FormValues(fields);
        Optional<SurveyDefinition> found = views.survey(surveyId, form.surveyVersion());
        if (found.isEmpty()) {
            return views.unavailable(surveyId, request);
        }
        SurveyDefinition survey = found.get();
        UUID responseId = form.responseId().orElseGet(UUID::randomUUID);
        String linkBranch = form.value(FormValues.LINK_BRANCH);
        Hidden hidden = new Hidden(responseId.toString(), form.value(FormValues.STARTED), survey.version(), null,
                ReaderProfiles.BRANCH.matcher(linkBranch).matches() ? linkBranch : null, null);
        Optional<Channel> channel = Channel.fromCode(form.value(FormValues.CHANNEL))
                .filter(c -> c == Channel.INTERVIEW || c == Channel.PAPER);
        if (channel.isEmpty()) {
            List<FieldError> errors = List.of(new FieldError(FormValues.CHANNEL,
                    "choose whether the answers come from an interview or a paper form", CHANNEL_REQUIRED, List.of()));
            return views.form(survey, request, form, hidden, errors, null, librarian.getName(), false,
                    HttpStatus.BAD_REQUEST);
        }
        return switch (sender.send(survey, responseId, form, channel.get(), librarian.getName())) {
            case Outcome.Sent sent -> FormViews.redirect("/staff/s/" + surveyId, ReaderPreferences.language(request),
                    linkBranch.isEmpty() ? Map.of("saved", "1") : Map.of("saved", "1", "branch", linkBranch));
            case Outcome.Refused refused -> views.form(survey, request, form, hidden, refused.errors(), null,
                    librarian.getName(), false, HttpStatus.BAD_REQUEST);
            case Outcome.Closed closed -> views.unavailable(surveyId, request);
            case Outcome.NotSaved notSaved -> views.form(survey, request, form, hidden, List.of(), Notice.NOT_SAVED,
                    librarian.getName(), false, HttpStatus.SERVICE_UNAVAILABLE);
        };
    }
}
