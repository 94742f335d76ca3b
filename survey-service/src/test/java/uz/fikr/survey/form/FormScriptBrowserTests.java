package uz.fikr.survey.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;


import java.time.Duration;
import java.util.UUID;




import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;




import uz.fikr.events.AnswerValue;
import uz.fikr.events.ResponseSubmitted;


/** What JavaScript adds to the form in a real browser: live skip logic, progress, answers kept on the device. */
class FormScriptBrowserTests extends ReaderInChromium {

    @Test
    void choosing_an_answer_shows_the_question_that_depends_on_it_and_unchoosing_hides_and_clears_it() {
        browser.get(url("/s/reading-habits?lang=en"));
        WebElement rating = browser.findElement(By.id("q-elibrary_rating"));
        WebElement braille = browser.findElement(By.id("q-braille_format"));
        WebElement progress = browser.findElement(By.id("progress"));
        assertThat(rating.isDisplayed()).isFalse();
        assertThat(braille.isDisplayed()).isFalse();
        assertThat(progress.getText()).isEqualTo("0 of 2 required questions answered");

        browser.findElement(By.id("f-uses_elibrary")).click();
        browser.findElement(By.id("f-elibrary_rating-4")).click();
        browser.findElement(By.id("f-wanted-braille")).click();
        browser.findElement(By.id("f-braille_format")).sendKeys("Poetry");

        assertThat(rating.isDisplayed()).isTrue();
        assertThat(braille.isDisplayed()).isTrue();
        assertThat(progress.getText()).isEqualTo("2 of 3 required questions answered");
        assertThat(progress.getDomAttribute("aria-live")).isEqualTo("polite");

        browser.findElement(By.id("f-uses_elibrary-no")).click();
        browser.findElement(By.id("f-wanted-braille")).click();

        assertThat(rating.isDisplayed()).isFalse();
        assertThat(braille.isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("f-elibrary_rating-4")).isSelected()).isFalse();
        assertThat(browser.findElement(By.id("f-braille_format")).getDomProperty("value")).isEmpty();
        assertThat(progress.getText()).isEqualTo("1 of 2 required questions answered");
    }

    @Test
    void a_reopened_form_keeps_its_answers_and_response_id_so_sending_it_later_counts_once() {
        browser.get(url("/s/demo?lang=en"));
        String responseId = browser.findElement(By.name("responseId")).getDomProperty("value");
        browser.findElement(By.id("f-satisfaction-4")).click();
        browser.findElement(By.id("f-comment")).sendKeys("Kept on this device");

        browser.get(url("/s/demo?lang=en"));

        assertThat(browser.findElement(By.name("responseId")).getDomProperty("value")).isEqualTo(responseId);
        assertThat(browser.findElement(By.id("f-satisfaction-4")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("f-comment")).getDomProperty("value")).isEqualTo("Kept on this device");
        browser.findElement(By.id("f-recommend-9")).click();
        send();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().contains("/s/demo/thanks"));
        ResponseSubmitted response = published.await(UUID.fromString(responseId));
        assertThat(response.answers()).containsEntry("comment", new AnswerValue.Text("Kept on this device"));
        assertThat((Long) browser.executeScript("return window.localStorage.length;")).isZero();
    }
}
