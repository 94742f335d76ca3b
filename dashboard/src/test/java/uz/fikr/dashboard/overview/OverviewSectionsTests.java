package uz.fikr.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static uz.fikr.dashboard.overview.OverviewJson.inbox;
import static uz.fikr.dashboard.overview.OverviewJson.nps;
import static uz.fikr.dashboard.overview.OverviewJson.rating;
import static uz.fikr.dashboard.overview.OverviewJson.recommendation;
import static uz.fikr.dashboard.overview.OverviewJson.stats;
import static uz.fikr.dashboard.overview.OverviewJson.trend;

import java.util.List;
import java.util.Locale;

import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.FakeServicesTest;
import uz.fikr.dashboard.SurveyJson;
import uz.fikr.dashboard.security.LoginView;
import uz.fikr.events.survey.BuiltInSurveys;

/** The Overview's alerts for service-quality items below readers' minimum, and its latest comments. */
@ViewPackages(classes = {OverviewView.class, LoginView.class})
@WithMockUser(roles = "MANAGER")
class OverviewSectionsTests extends FakeServicesTest {

    private static final String QUALITY = "/api/v1/surveys/service-quality";
    private static final String FILTER = "survey=service-quality&from=2026-09-01&to=2026-11-29&branch=central";

    @BeforeEach
    void serviceQualitySurvey() {
        var survey = BuiltInSurveys.serviceQuality();
        surveys.get(SurveyJson.LIST_PATH, SurveyJson.list(survey)).get(SurveyJson.path(survey),
                SurveyJson.versions(survey));
        analytics.get(QUALITY + "/stats", stats(64, rating("overall", 60, 3.9, 1.0, 3.6, 4.2, 40, 0.54, 0.78),
                        recommendation(60)))
                .get(QUALITY + "/nps", nps(30, 20, 10, 17.4, 49.3))
                .get(QUALITY + "/trend", trend("overall"))
                .get(QUALITY + "/gaps", OverviewJson.gapsWithItemBelowMinimum("q_affect_2", "q_affect_1"))
                .get("/api/v1/inbox", inbox());
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void an_item_below_the_minimum_links_to_service_quality_with_the_filter_and_the_item() {
        open(FILTER);

        Anchor alert = $(Anchor.class).from($(QualityAlerts.class).single()).single();
        assertThat(alert.getText()).isEqualTo("Below the minimum: When I need help, a librarian is free to give it");
        Location link = new Location(alert.getHref());
        assertThat(link.getPath()).isEqualTo("quality");
        assertThat(link.getQueryParameters().getParameters()).isEqualTo(QueryParameters.fromString(
                "survey=service-quality&from=2026-09-01&to=2026-11-29&branch=central&item=q_affect_2")
                .getParameters());
        assertThat(alert.getElement().hasAttribute("router-link")).isTrue();
        assertThat($(Paragraph.class).withClassName("alert-explanation").single().getText()).isEqualTo("Readers"
                + " rate it 5.2 on average, below the 5.9 they accept as the minimum: an adequacy gap of −0.70"
                + " (n = 34). 95% interval of the gap: −1.10 to −0.30. The whole interval is below zero, so the"
                + " shortfall is unlikely to be chance.");
        assertThat(analytics.requests("GET", QUALITY + "/gaps")).extracting(FakeApi.Request::query)
                .containsExactly("from=2026-09-01&to=2026-11-29&branch=central");
    }

    @Test
    void no_alert_when_every_item_meets_the_minimum() {
        analytics.get(QUALITY + "/gaps", "{\"surveyId\":\"service-quality\",\"minimumGroupSize\":5,\"items\":[],"
                + "\"dimensions\":[]}");

        open(FILTER);

        assertThat($(Anchor.class).from($(QualityAlerts.class).single()).all()).isEmpty();
        assertThat(texts()).contains("No service-quality item fell below the minimum readers accept in this period.");
    }

    @Test
    void the_latest_comments_are_plain_text_newest_first_with_date_branch_and_service_area() {
        open(FILTER);

        List<ListItem> comments = $(ListItem.class).withClassName("comment").all();
        assertThat(comments).hasSize(2);
        assertThat($(Paragraph.class).from(comments.get(0)).withClassName("comment-text").single().getText())
                .isEqualTo("<b>More</b> seats in the reading room, please");
        assertThat($(Paragraph.class).from(comments.get(0)).withClassName("comment-meta").single().getText())
                .isEqualTo("Nov 28, 2026, 2:15\u202fPM · central · Reading rooms");
        assertThat($(Paragraph.class).from(comments.get(1)).withClassName("comment-meta").single().getText())
                .isEqualTo("Nov 20, 2026, 7:40\u202fPM · no branch given · no service area");
    }

    @Test
    void the_figures_stay_when_the_comments_cannot_be_read() {
        analytics.on("GET", "/api/v1/inbox", 404, "{\"title\":\"Not Found\",\"status\":404}");

        open(FILTER);

        assertThat(texts()).contains("The comments cannot be shown right now.");
        assertThat($(KpiCard.class).all()).hasSize(4);
    }

    /** Opens the Overview at an address with this query, as a link or the filter bar would. */
    private static void open(String query) {
        UI.getCurrent().navigate("", QueryParameters.fromString(query));
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
