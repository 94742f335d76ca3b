package uz.fikr.analytics.report.render;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import uz.fikr.analytics.report.ReportLanguage;

/**
 * The few texts the renderers add themselves ("Page 3 of 12", "Contents"), from {@code report/messages/render*}.
 * No fallback to the machine's default locale: an English report stays English on a server set to Russian.
 */
final class RenderMessages {

    private static final String BUNDLE = "report.messages.render";

    private final ResourceBundle bundle;
    private final ReportLanguage language;

    RenderMessages(ReportLanguage language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language.locale()).format(arguments);
    }
}
