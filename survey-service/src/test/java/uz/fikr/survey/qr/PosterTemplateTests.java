package uz.fikr.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The poster template on its own, with texts no survey author should be able to turn into markup. */
class PosterTemplateTests {

    @Test
    void a_survey_title_with_markup_is_shown_as_text_not_run_as_a_script() {
        String title = "Fikr <script>alert('x')</script>";

        String html = render(page(title));

        assertThat(html).doesNotContain("<script>alert")
                .contains("<h1>Fikr &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</h1>");
        assertThat(html).contains("alt=\"QR code of Fikr &lt;script&gt;");
    }

    @Test
    void the_print_button_stays_hidden_until_the_script_shows_it() {
        String html = render(page("Survey"));

        assertThat(html).containsPattern("<button type=\"button\" id=\"print-poster\" hidden(=\"hidden\")?>Print");
    }

    @Test
    void the_current_language_is_marked_in_the_language_links() {
        String html = render(page("Survey"));

        assertThat(html).contains("<a href=\"poster?lang=en\" lang=\"en\" aria-current=\"page\">English</a>")
                .contains("<a href=\"poster?lang=ru\" lang=\"ru\">Русский</a>");
    }

    private static PosterPage page(String title) {
        return new PosterPage("en", "Poster: " + title, title, "Tell us", "qr.svg", "QR code of " + title, "Scan",
                "Type:", "fikr.example.uz/s/demo", "Print this poster", "Language", List.of(
                        new PosterPage.LanguageLink("English", "en", "poster?lang=en", true),
                        new PosterPage.LanguageLink("Русский", "ru", "poster?lang=ru", false)));
    }

    private static String render(PosterPage page) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
        return engine.process("poster", new WebContext(exchange, Locale.ENGLISH, Map.of("poster", page)));
    }
}
