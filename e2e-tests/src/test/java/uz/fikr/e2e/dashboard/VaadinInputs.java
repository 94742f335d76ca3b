package uz.fikr.e2e.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Choosing in the dashboard's Vaadin fields as a user does, with the mouse and the keyboard: a {@code vaadin-select}
 * is opened and an item clicked, a {@code vaadin-combo-box} is typed into, a radio button is clicked. Also what a
 * download link gives.
 */
final class VaadinInputs {

    private VaadinInputs() {}

    /** Opens the {@code vaadin-select} that {@code select} selects and clicks the item whose label begins so. */
    static void choose(DashboardBrowser browser, String select, String label) {
        browser.shown(browser.driver().findElement(By.cssSelector(select + " vaadin-select-value-button"))).click();
        String item = select + " vaadin-select-list-box vaadin-select-item";
        browser.awaitUntil(select + " offers " + label, () -> selectItem(browser, item, label).isDisplayed());
        selectItem(browser, item, label).click();
        browser.awaitSettled();
    }

    /** What the {@code vaadin-select} that {@code select} selects shows as chosen. */
    static String chosen(DashboardBrowser browser, String select) {
        return browser.text(select + " vaadin-select-value-button");
    }

    private static WebElement selectItem(DashboardBrowser browser, String items, String label) {
        return browser.driver().findElements(By.cssSelector(items)).stream()
                .filter(item -> String.valueOf(item.getDomAttribute("label")).startsWith(label))
                .findFirst().orElseThrow(() -> new org.openqa.selenium.NoSuchElementException(items + " " + label));
    }

    /** Types {@code text} into the {@code vaadin-combo-box} that {@code comboBox} selects and presses Enter. */
    static void typeAndEnter(DashboardBrowser browser, String comboBox, String text) {
        WebElement input = browser.shown(browser.driver().findElement(By.cssSelector(comboBox + " input")));
        input.click();
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
        browser.awaitSettled();
    }

    /** The labels a {@code vaadin-combo-box} offers when it is opened (then it is closed again). */
    static List<String> offered(DashboardBrowser browser, String comboBox) {
        WebElement input = browser.shown(browser.driver().findElement(By.cssSelector(comboBox + " input")));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        browser.awaitUntil(comboBox + " opens", () -> !browser.texts("vaadin-combo-box-item").isEmpty());
        List<String> labels = browser.texts("vaadin-combo-box-item");
        input.sendKeys(Keys.ESCAPE);
        browser.awaitSettled();
        return labels;
    }

    /** Clicks the radio button of the {@code vaadin-radio-group} that {@code group} selects whose label begins so. */
    static void radio(DashboardBrowser browser, String group, String labelStart) {
        WebElement radio = browser.driver().findElements(By.cssSelector(group + " vaadin-radio-button")).stream()
                .filter(button -> button.getText().trim().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no radio button \"" + labelStart + "…\" in " + group));
        browser.shown(radio.findElement(By.cssSelector("label"))).click();
        browser.awaitSettled();
    }

    /**
     * Follows the download link {@code link} selects from within the page (with the page's session, as a click
     * would) and returns the bytes it gives.
     */
    static byte[] download(DashboardBrowser browser, String link) {
        @SuppressWarnings("unchecked")
        List<Number> bytes = (List<Number>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href)
                    .then(reply => reply.ok ? reply.arrayBuffer() : Promise.reject(reply.status))
                    .then(body => done(Array.from(new Uint8Array(body))))
                    .catch(problem => done(Array.from(new TextEncoder().encode('failed: ' + problem))));""", link);
        byte[] body = new byte[bytes.size()];
        for (int i = 0; i < body.length; i++) {
            body[i] = bytes.get(i).byteValue();
        }
        return body;
    }

    /** The bytes as UTF-8 text, for messages. */
    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
