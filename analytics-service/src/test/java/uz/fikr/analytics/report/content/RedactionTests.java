package uz.fikr.analytics.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uz.fikr.analytics.report.ReportLanguage;

class RedactionTests {

    private final Redaction redaction = Redaction.of(new ReportText(ReportLanguage.EN));

    @Test
    void anEmailAddressIsReplacedAndTheRestOfTheCommentKept() {
        assertThat(redaction.redact("Javob bering: ali.valiyev@mail.uz, rahmat"))
                .isEqualTo("Javob bering: [e-mail removed], rahmat");
    }

    @Test
    void phoneNumbersAreReplacedWhateverTheirSeparators() {
        assertThat(redaction.redact("Qoʻngʻiroq qiling +998 90 123-45-67"))
                .isEqualTo("Qoʻngʻiroq qiling [phone number removed]");
        assertThat(redaction.redact("тел. (90) 123 45 67.")).isEqualTo("тел. [phone number removed].");
        assertThat(redaction.redact("call 901234567 please")).isEqualTo("call [phone number removed] please");
    }

    @Test
    void linksAndMessengerHandlesAreReplaced() {
        assertThat(redaction.redact("see https://t.me/somebody or @ali_valiyev"))
                .isEqualTo("see [link removed] or [account removed]");
    }

    @Test
    void yearsCountsAndOrdinaryWordsStay() {
        String comment = "In 2026 the reading room had 12 seats for 300 readers; Wi-Fi ishlamaydi.";

        assertThat(redaction.redact(comment)).isEqualTo(comment);
    }
}
