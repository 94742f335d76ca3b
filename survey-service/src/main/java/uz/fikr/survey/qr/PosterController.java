package uz.fikr.survey.qr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.survey.form.ReaderLanguage;
import uz.fikr.survey.web.FieldError;

/**
 * A printable A4 poster for a survey: its title, one inviting sentence, the QR code and, for readers without a
 * camera, the address to type. Texts come from the {@code messages/poster} bundles.
 */
@Controller
class PosterController {

    private final QrLinks links;
    private final MessageSource messages;

    PosterController(QrLinks links, MessageSource messages) {
        this.links = links;
        this.messages = messages;
    }

    @GetMapping("/s/{surveyId}/poster")
    String poster(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String lang,
            @RequestParam(required = false) @Nullable String branch, Model model) {
        SurveyDefinition survey = links.survey(surveyId);
        List<FieldError> errors = new ArrayList<>();
        String validBranch = QrLinks.branch(branch, errors);
        QrLinks.refuseIfAny(errors);
        ReaderLanguage language = ReaderLanguage.fromParam(lang).orElse(ReaderLanguage.UZ_LATN);
        model.addAttribute("poster", page(survey, language, validBranch));
        return "poster";
    }

    private PosterPage page(SurveyDefinition survey, ReaderLanguage language, String branch) {
        Locale locale = language.locale();
        String title = survey.title(language.tag());
        String branchQuery = branch.isEmpty() ? "" : "branch=" + branch;
        List<PosterPage.LanguageLink> languages = Arrays.stream(ReaderLanguage.values())
                .map(other -> new PosterPage.LanguageLink(other.nativeName(), other.tag(),
                        "poster?lang=" + other.param() + (branchQuery.isEmpty() ? "" : "&" + branchQuery),
                        other == language))
                .toList();
        return new PosterPage(language.tag(), text("poster.page-title", locale, title), title,
                text("poster.invitation", locale), "qr.svg" + (branchQuery.isEmpty() ? "" : "?" + branchQuery),
                text("poster.qr.alt", locale, title), text("poster.scan", locale), text("poster.type", locale),
                links.typed(survey.id()), text("poster.print", locale), text("poster.languages", locale), languages);
    }

    private String text(String code, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
