package uz.fikr.survey.inbox;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import uz.fikr.survey.form.ReaderLanguage;
import uz.fikr.survey.form.ReaderPages;

/**
 * The public "you said, we did" page: what readers asked for and what the library did, newest first, in the
 * readers' own page layout and language. Every entry is shown, each marked with the language staff wrote it in.
 */
@Controller
class YouSaidWeDidPage {

    static final String PATH = "/you-said-we-did";

    private final YouSaidWeDidStore store;
    private final ReaderPages pages;

    YouSaidWeDidPage(YouSaidWeDidStore store, ReaderPages pages) {
        this.store = store;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        ReaderLanguage language = pages.language(request);
        ModelAndView view = pages.view("you-said-we-did", PATH, request, response);
        view.addObject("entries", store.published(null).stream()
                .map(entry -> EntryView.of(entry, language, pages.day(entry.updatedAt(), language))).toList());
        return view;
    }

    /**
     * One entry as the template shows it.
     *
     * @param lang the entry's language when it is not the page's, for a {@code lang} attribute
     * @param datetime when it was written, for {@code <time datetime>}
     */
    record EntryView(String youSaid, String weDid, @Nullable String lang, String day, String datetime) {

        static EntryView of(YouSaidWeDidEntry entry, ReaderLanguage page, String day) {
            return new EntryView(entry.youSaid(), entry.weDid(),
                    entry.language().equals(page.tag()) ? null : entry.language(), day,
                    entry.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
