package uz.fikr.survey.form;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uz.fikr.survey.form.FormErrors.ErrorView;
import uz.fikr.survey.form.ReaderLanguage.LocalText;

/**
 * Everything the form template shows: the survey's texts in the reader's language, the hidden fields, the reader's
 * answers so far ({@code values}) and what was wrong with them.
 *
 * @param closes the last day answers are taken, formatted for the reader's language
 * @param action where the form is posted
 * @param notice a message above the form that is not about one field (sent too fast, not saved)
 * @param staff set when a librarian enters the answers
 * @param remember whether {@code form.js} keeps unsent answers on the device (not on a shared kiosk)
 * @param contact the optional contact block; null on a librarian's page, where the reader is not asked
 */
record FormPage(
        String surveyId,
        LocalText title,
        @Nullable LocalText description,
        @Nullable String closes,
        String action,
        Hidden hidden,
        List<ProfileView> profile,
        List<QuestionView> questions,
        FormValues values,
        List<ErrorView> errors,
        @Nullable Notice notice,
        @Nullable Staff staff,
        boolean remember,
        @Nullable ContactView contact) {

    /**
     * The fields a reader does not see: the response's id (chosen when the form opened, so sending twice counts
     * once), the signed time it opened, the survey version, and what the link said about channel, branch and
     * invitation.
     */
    record Hidden(String responseId, String started, int surveyVersion, @Nullable String channel,
            @Nullable String branch, @Nullable String invitation) {}

    /** A message above the form, by its message codes. */
    record Notice(String heading, String text) {

        static final Notice TOO_FAST = new Notice("form.too-fast.heading", "form.too-fast");
        static final Notice NOT_SAVED = new Notice("form.not-saved.heading", "form.not-saved");
    }

    /**
     * @param user the librarian signed in
     * @param channelError why the choice of interview or paper form was refused
     * @param saved the previous form was saved
     */
    record Staff(String user, @Nullable String channelError, boolean saved) {}
}
