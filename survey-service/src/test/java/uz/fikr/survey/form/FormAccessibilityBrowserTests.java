package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;


import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;




import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.openqa.selenium.interactions.Actions;
import org.springframework.http.HttpMethod;



import uz.fikr.events.AnswerValue;
import uz.fikr.survey.JsonApi;


/** The reader's form in a real browser, checked as disabled readers meet it: axe-core, keyboard only, zoom. */
class FormAccessibilityBrowserTests extends ReaderInChromium {

    @Test
    void the_form_has_no_accessibility_violations_in_any_of_its_languages() {
        for (String lang : List.of("uz", "uz-Cyrl", "ru", "en")) {
            for (String survey : List.of("demo", "reading-habits", "service-quality")) {
                browser.get(url("/s/" + survey + "?lang=" + lang));
                chromium.assertAccessible(survey + " in " + lang);
            }
        }
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    }

    @Test
    void a_form_with_errors_focuses_its_summary_and_has_no_accessibility_violations() {
        browser.get(url("/s/reading-habits?lang=uz"));
        browser.findElement(By.id("f-uses_elibrary")).click();
        send();

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        assertThat(summary.getText()).contains("Iltimos, quyidagi javoblarni tekshiring", "javob berilishi shart");
        chromium.assertAccessible("reading-habits with errors");
        summary.findElement(By.tagName("a")).click();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("f-elibrary_rating");
    }

    @Test
    void a_reader_opens_the_contact_block_with_the_keyboard_and_its_refusal_is_accessible_and_kept_off_the_device() {
        browser.get(url("/s/demo?lang=en"));
        tabTo(field -> "summary".equals(field.getTagName()));
        keys(Keys.ENTER);
        assertThat(browser.findElement(By.id("contact")).getDomProperty("open")).isEqualTo("true");
        chromium.assertAccessible("demo with the contact block open");
        keys(Keys.TAB);
        assertThat(active().getDomAttribute("id")).isEqualTo("f-contact-name");
        new Actions(browser).sendKeys("Nodira").perform();
        keys(Keys.TAB);
        new Actions(browser).sendKeys("nodira.kutubxona.uz").perform();
        keys(Keys.TAB, Keys.TAB, Keys.SPACE);
        assertThat(browser.findElement(By.id("f-contact-consent")).isSelected()).isTrue();
        assertThat((String) browser.executeScript("return JSON.stringify(window.localStorage);"))
                .doesNotContain("Nodira", "nodira.kutubxona.uz");
        send();

        WebElement summary = browser.findElement(By.id("error-summary"));
        assertThat(summary.getText()).contains("E-mail address — must be an e-mail address");
        chromium.assertAccessible("demo with the contact refused");
        summary.findElements(By.tagName("a")).stream()
                .filter(link -> "#f-contact-email".equals(link.getDomAttribute("href"))).findFirst().orElseThrow()
                .click();
        assertThat(active().getDomAttribute("id")).isEqualTo("f-contact-email");
    }

    @Test
    void large_text_is_one_button_press_away_remembered_and_accessible() {
        browser.get(url("/s/reading-habits?lang=ru"));
        double normal = fontSize();

        WebElement toggle = browser.findElement(By.id("text-size"));
        toggle.click();

        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(fontSize()).isGreaterThan(normal * 1.3);
        browser.get(url("/s/reading-habits?lang=ru"));
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("class")).contains("large-text");
        chromium.assertAccessible("reading-habits in large text");
    }

    @Test
    void the_thank_you_page_has_no_accessibility_violations() {
        for (String lang : List.of("uz", "uz-Cyrl", "ru", "en")) {
            browser.get(url("/s/demo/thanks?lang=" + lang + "&ref=" + UUID.randomUUID()));
            chromium.assertAccessible("thank-you page with the reader's reference in " + lang);
        }
        browser.get(url("/s/no-such-survey?lang=uz"));
        chromium.assertAccessible("the page for an unknown survey");
    }

    @Test
    void the_you_said_we_did_page_has_no_accessibility_violations_empty_or_not() {
        browser.get(url("/you-said-we-did?lang=uz"));
        chromium.assertAccessible("you said, we did, maybe empty");
        JsonApi api = new JsonApi(port);
        for (String[] entry : new String[][] {{"Wi-Fi in the hall, please", "A second access point", "en"},
            {"Больше розеток <b>у окон</b>", "Поставили 12 розеток", "ru"}}) {
            String body = "{\"status\": \"RESOLVED\", \"publicEntry\": {\"youSaid\": \"" + entry[0]
                    + "\", \"weDid\": \"" + entry[1] + "\", \"language\": \"" + entry[2]
                    + "\", \"published\": true}}";
            assertThat(api.call(HttpMethod.POST, "/api/v1/admin/inbox/feedback:" + UUID.randomUUID() + "/changes",
                    body, "admin:test-admin").status()).isEqualTo(202);
        }
        for (String lang : List.of("uz", "uz-Cyrl", "ru", "en")) {
            browser.get(url("/you-said-we-did?lang=" + lang));
            chromium.assertAccessible("you said, we did in " + lang);
        }
        assertThat(browser.findElement(By.id("entries")).getText()).contains("Больше розеток <b>у окон</b>");
    }

    @Test
    void a_reader_using_only_the_keyboard_fills_in_and_sends_the_demo_form() {
        browser.get(url("/s/demo?lang=en"));
        UUID responseId = UUID.fromString(browser.findElement(By.name("responseId")).getDomProperty("value"));

        tabTo(field -> "f-satisfaction".equals(field.getDomAttribute("id")));
        keys(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        keys(Keys.TAB);
        assertThat(active().getDomAttribute("name")).isEqualTo("a.recommend");
        keys(Keys.SPACE);
        for (int point = 0; point < 9; point++) {
            keys(Keys.ARROW_RIGHT);
        }
        keys(Keys.TAB, Keys.SPACE, Keys.ARROW_DOWN);
        keys(Keys.TAB);
        assertThat(active().getTagName()).isEqualTo("textarea");
        new Actions(browser).sendKeys("Typed with the keyboard").perform();
        keys(Keys.TAB);
        assertThat(active().getTagName()).as("the closed contact block").isEqualTo("summary");
        keys(Keys.TAB);
        assertThat(active().getText()).isEqualTo("Send my answers");
        new Actions(browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertThat(active().getTagName()).isEqualTo("summary");
        keys(Keys.TAB, Keys.SPACE);

        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/s/demo/thanks"));
        assertThat(published.await(responseId).answers())
                .containsEntry("satisfaction", new AnswerValue.Number(4))
                .containsEntry("recommend", new AnswerValue.Number(9))
                .containsEntry("visited_service", new AnswerValue.Text("reading_room"))
                .containsEntry("comment", new AnswerValue.Text("Typed with the keyboard"));
    }

    @Test
    void nothing_scrolls_sideways_at_320_css_pixels_or_at_200_percent_zoom() {
        for (String page : List.of("/s/demo?lang=uz", "/s/reading-habits?lang=uz-Cyrl", "/s/service-quality?lang=ru",
                "/s/reading-habits?lang=en&text=large", "/s/demo/thanks?lang=ru&ref=" + UUID.randomUUID(),
                "/you-said-we-did?lang=ru")) {
            chromium.viewport(320, 800, 1);
            browser.get(url(page));
            assertThat(chromium.scrollsSideways()).as(page + " at 320 px").isFalse();
            chromium.viewport(640, 500, 2);
            browser.get(url(page));
            assertThat(chromium.scrollsSideways()).as(page + " at 200%% zoom").isFalse();
        }
        chromium.viewport(390, 844, 1);
        browser.get(url("/s/reading-habits?lang=uz&text=normal"));
        chromium.screenshots("reading-habits-phone-uz", "q-uses_elibrary", "q-rooms", "q-recommend");
        send();
        chromium.screenshots("reading-habits-phone-uz-errors", "q-uses_elibrary");
        assertThat(chromium.scrollsSideways()).as("the form with errors at 390 px").isFalse();
    }

    private void tabTo(Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 30; presses++) {
            keys(Keys.TAB);
            if (wanted.test(active())) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the field; stopped at " + active().getDomAttribute("id"));
    }

    private void keys(CharSequence... keys) {
        Actions actions = new Actions(browser);
        for (CharSequence key : keys) {
            actions.sendKeys(key);
        }
        actions.perform();
    }

    private WebElement active() {
        return browser.switchTo().activeElement();
    }

    private double fontSize() {
        return Double.parseDouble(((String) browser.executeScript(
                "return getComputedStyle(document.body).fontSize;")).replace("px", ""));
    }
}
