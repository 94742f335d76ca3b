package uz.fikr.e2e.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.testsupport.RawHttp;
import uz.fikr.testsupport.Reply;

/** A reader's form as a browser holds it after opening {@code /s/{surveyId}}: its hidden fields, to send back. */
public final class ReaderForm {

    private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

    private final Map<String, String> fields;

    private ReaderForm(Map<String, String> fields) {
        this.fields = fields;
    }

    /** Opens the form, as a reader's browser does, and keeps its hidden fields. */
    public static ReaderForm open(FikrStack stack, String surveyId) {
        Reply page = RawHttp.exchange(stack.url(Service.SURVEY), "GET", "/s/" + surveyId + "?lang=en", List.of(),
                new byte[0], true);
        if (page.status() != 200) {
            throw new IllegalStateException("The form of " + surveyId + " answered " + page.status());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN.matcher(page.text());
        while (input.find()) {
            Matcher name = NAME.matcher(input.group());
            Matcher value = VALUE.matcher(input.group());
            if (name.find()) {
                fields.put(name.group(1), value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : "");
            }
        }
        return new ReaderForm(fields);
    }

    public UUID responseId() {
        return UUID.fromString(fields.get("responseId"));
    }

    /** The hidden fields followed by the given ones, URL-encoded as a browser posts them. */
    public String with(Map<String, String> answers) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putAll(answers);
        return encoded(all);
    }

    public static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
