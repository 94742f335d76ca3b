package uz.fikr.survey.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a reader page of another feature needs to look and speak like the forms: the header of {@code form/layout}
 * (other languages, larger text) and the reader's language, chosen as for the forms ({@code ?lang=}, the cookie,
 * Accept-Language, Uzbek in Latin script).
 */
@Component
public class ReaderPages {

    private final FormPages pages;

    ReaderPages(FormPages pages) {
        this.pages = pages;
    }

    /**
     * A view of the template with what the layout's header needs ({@code chrome}); a language or text size the link
     * asked for is remembered for the next page.
     *
     * @param path the page's own path, which the language and text size links point to
     */
    public ModelAndView view(String template, String path, HttpServletRequest request,
            HttpServletResponse response) {
        ReaderPreferences.remember(request, response);
        ModelAndView view = new ModelAndView(template);
        view.addObject("chrome", PageChrome.of(path, Map.of(), language(request),
                ReaderPreferences.largeText(request)));
        return view;
    }

    public ReaderLanguage language(HttpServletRequest request) {
        return ReaderPreferences.language(request);
    }

    /** A day as the reader's language writes it, in the library's time zone. */
    public String day(Instant instant, ReaderLanguage language) {
        return pages.day(instant, language.locale());
    }
}
