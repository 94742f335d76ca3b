package uz.fikr.dashboard.summary;

import java.text.NumberFormat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "Responses" with the number of responses in large type. */
class ResponseCount extends Div {

    private final Span label = new Span();
    private final Span value = new Span();

    ResponseCount() {
        addClassName("response-count");
        label.addClassName("response-count-label");
        value.addClassName("response-count-value");
        add(label, value);
    }

    void show(long responses) {
        label.setText(getTranslation("responses.label"));
        value.setText(NumberFormat.getIntegerInstance(getLocale()).format(responses));
    }
}
