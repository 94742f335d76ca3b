package uz.fikr.dashboard.overview;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.trends.Interval;
import uz.fikr.dashboard.questions.SurveyQuestions;
import uz.fikr.dashboard.trends.Texts;
import uz.fikr.events.survey.QuestionType;

/**
 * Service-quality items whose perceived level fell below readers' minimum (a negative adequacy gap), worst first.
 * Each is a link to the item on the Service quality page, with the filter shown here and {@code item=<id>}.
 */
class QualityAlerts extends Section {

    static final String QUALITY_PAGE = "quality";
    static final String ITEM = "item";

    private final H2 heading = new H2();
    private final Paragraph intro = new Paragraph();
    private final UnorderedList list = new UnorderedList();

    QualityAlerts() {
        addClassName("quality-alerts");
        heading.setId("overview-alerts-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        list.addClassName("alert-list");
        add(heading, intro, list);
    }

    void show(Overview overview, Texts texts) {
        heading.setText(texts.text("overview.alerts"));
        list.removeAll();
        boolean hasItems = overview.survey().answerable().stream().anyMatch(q -> q.type() == QuestionType.QUALITY);
        List<Gaps.Item> below = overview.gaps().items().stream().filter(Gaps.Item::isBelowMinimum)
                .sorted(Comparator.comparingDouble(item -> item.adequacyGap().mean())).toList();
        intro.setText(texts.text(!hasItems ? "overview.alerts.noItems"
                : below.isEmpty() ? "overview.alerts.none" : "overview.alerts.intro"));
        list.setVisible(!below.isEmpty());
        for (Gaps.Item item : below) {
            list.add(alert(overview, item, texts));
        }
    }

    private static ListItem alert(Overview overview, Gaps.Item item, Texts texts) {
        String text = overview.survey().question(item.id()).map(question -> SurveyQuestions.text(question,
                texts.locale())).orElse(item.id());
        QueryParameters query = overview.filter().toQueryParameters().merging(ITEM, item.id());
        var link = new Anchor(new Location(QUALITY_PAGE, query).getPathWithQueryParameters(),
                texts.text("overview.alert.link", text));
        link.getElement().setAttribute("router-link", true);
        var explanation = new Paragraph(explanation(item, texts));
        explanation.addClassName("alert-explanation");
        var alert = new ListItem(link, explanation);
        alert.addClassName("alert");
        return alert;
    }

    private static String explanation(Gaps.Item item, Texts texts) {
        Formats formats = texts.formats();
        Gaps.Mean gap = item.adequacyGap();
        String perceived = item.perceived() == null ? "–" : formats.number(item.perceived().mean(), 1);
        String minimum = item.minimum() == null ? "–" : formats.number(item.minimum().mean(), 1);
        Interval interval = gap == null ? null : gap.interval();
        String sentence = texts.text("overview.alert.explanation", perceived, minimum,
                gap == null ? "–" : formats.change(gap.mean(), 2), formats.integer(item.n()));
        if (interval == null) {
            return sentence;
        }
        String limits = texts.text("overview.alert.interval", formats.change(interval.lower(), 2),
                formats.change(interval.upper(), 2));
        return sentence + " " + limits + " " + texts.text(interval.upper() < 0 ? "overview.alert.clear"
                : "overview.alert.uncertain");
    }
}
