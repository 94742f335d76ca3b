package uz.fikr.survey.form;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uz.fikr.events.ReaderProfiles;
import uz.fikr.events.survey.ProfileField;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.form.FormPage.Hidden;
import uz.fikr.survey.form.FormPage.Notice;
import uz.fikr.survey.form.FormPage.Staff;
import uz.fikr.survey.form.ProfileView.Choice;
import uz.fikr.survey.web.FieldError;

/** Builds the form page for a survey in the reader's language, with the reader's answers and their errors. */
@Component
class FormPages {

    private final MessageSource messages;
    private final FormProperties properties;

    FormPages(MessageSource messages, FormProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * @param staffUser the librarian entering the answers, or null for a reader
     * @param saved a librarian's previous form was saved
     */
    FormPage page(SurveyDefinition survey, ReaderLanguage language, FormValues values, Hidden hidden,
            List<FieldError> refused, @Nullable Notice notice, @Nullable String staffUser, boolean saved) {
        Locale locale = language.locale();
        FormErrors errors = new FormErrors(refused, survey, messages, locale);
        Map<String, String> inline = errors.inline(locale);
        List<ProfileView> profile = profile(survey, hidden.branch() == null, inline, locale);
        List<QuestionView> questions = new QuestionViews(survey, language, messages, inline).all();
        Map<String, String> labels = new LinkedHashMap<>();
        Staff staff = null;
        if (staffUser != null) {
            labels.put(FormValues.CHANNEL, message("form.staff.channel", locale));
            staff = new Staff(staffUser, inline.get(FormValues.CHANNEL), saved);
        }
        profile.forEach(view -> labels.put(view.name(), view.legend()));
        questions.forEach(question -> label(question, labels, locale));
        ContactView contact = null;
        if (staffUser == null) {
            contact = ContactView.of(values, inline);
            labels.put(ContactView.NAME, message("form.contact.name", locale));
            labels.put(ContactView.EMAIL, message("form.contact.email", locale));
            labels.put(ContactView.PHONE, message("form.contact.phone", locale));
            labels.put(ContactView.CONSENT, message("form.contact.consent", locale));
        }
        String description = language.pick(survey.description()).value();
        return new FormPage(survey.id(), language.pick(survey.title()),
                description.isEmpty() ? null : language.pick(survey.description()), closes(survey, locale),
                (staffUser == null ? "/s/" : "/staff/s/") + survey.id(), hidden, profile, questions, values,
                errors.summary(labels, key -> messages.getMessage("form.field." + key, null, key, locale)),
                notice, staff, staffUser == null && !"kiosk".equals(hidden.channel()), contact);
    }

    private @Nullable String closes(SurveyDefinition survey, Locale locale) {
        return survey.closesAt() == null ? null
                : messages.getMessage("form.closes", new Object[] {day(survey.closesAt(), locale)}, locale);
    }

    /** A day as the reader's language writes it, in the library's time zone: "31 декабря 2099 г.". */
    String day(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(ZoneId.of(properties.timeZone())));
    }

    private void label(QuestionView question, Map<String, String> labels, Locale locale) {
        if (question.rows().isEmpty()) {
            labels.put(question.id(), question.text().value());
        }
        question.rows().forEach(row -> labels.put(row.id(), question.text().value() + ": " + row.text().value()));
        if (question.other() != null) {
            labels.put(question.other().id(), question.text().value() + ": " + message("form.other", locale));
        }
    }

    private List<ProfileView> profile(SurveyDefinition survey, boolean branchAsked, Map<String, String> errors,
            Locale locale) {
        List<ProfileView> views = new ArrayList<>();
        for (ProfileField field : survey.profile()) {
            switch (field) {
                case READER_GROUP -> views.add(radios(ProfileView.READER_GROUP, ReaderProfiles.READER_GROUPS, errors,
                        locale));
                case AGE_BAND -> views.add(radios(ProfileView.AGE_BAND, ReaderProfiles.AGE_BANDS, errors, locale));
                case VISIT_FREQUENCY -> views.add(radios(ProfileView.VISIT_FREQUENCY,
                        ReaderProfiles.VISIT_FREQUENCIES, errors, locale));
                case ACCESSIBILITY_NEEDS -> views.add(new ProfileView(ProfileView.ACCESSIBILITY_NEEDS,
                        message("form.profile.accessibilityNeeds", locale), "checkboxes",
                        choices(ProfileView.ACCESSIBILITY_NEEDS, ReaderProfiles.ACCESSIBILITY_NEEDS, locale),
                        errors.get(ProfileView.ACCESSIBILITY_NEEDS)));
                case BRANCH -> {
                    if (branchAsked && !properties.branches().isEmpty()) {
                        List<Choice> branches = new ArrayList<>();
                        branches.add(new Choice("", message("form.profile.branch.choose", locale)));
                        properties.branches().forEach(code -> branches.add(new Choice(code,
                                messages.getMessage("form.branch." + code, null, code, locale))));
                        views.add(new ProfileView(ProfileView.BRANCH, message("form.profile.branch", locale),
                                "select", branches, errors.get(ProfileView.BRANCH)));
                    }
                }
            }
        }
        return views;
    }

    /** One choice of a vocabulary, and "I prefer not to say", since a radio cannot be unchosen without it. */
    private ProfileView radios(String name, List<String> vocabulary, Map<String, String> errors, Locale locale) {
        List<Choice> choices = new ArrayList<>(choices(name, vocabulary, locale));
        choices.add(new Choice("", message("form.profile.not-say", locale)));
        return new ProfileView(name, message("form.profile." + name, locale), "radios", choices, errors.get(name));
    }

    private List<Choice> choices(String name, List<String> vocabulary, Locale locale) {
        return vocabulary.stream().map(code -> new Choice(code,
                messages.getMessage("form.profile." + name + "." + code, null, code, locale))).toList();
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
