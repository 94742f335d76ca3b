package uz.fikr.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteNotFoundError;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uz.fikr.dashboard.FakeApi;
import uz.fikr.dashboard.compare.CompareView;
import uz.fikr.dashboard.reports.ReportsView;
import uz.fikr.dashboard.users.UsersView;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ViewPackages(classes = {UsersView.class, CompareView.class, ReportsView.class, LoginView.class})
class ViewAccessTests extends SpringBrowserlessTest {

    private static final FakeApi surveys = FakeApi.start();

    @DynamicPropertySource
    static void pointAtFakeSurveys(DynamicPropertyRegistry registry) {
        registry.add("fikr.surveys.url", surveys::url);
    }

    @AfterAll
    static void stopFakeSurveys() {
        surveys.close();
    }

    @BeforeEach
    void noSurveys() {
        surveys.get("/api/v1/admin/surveys", "[]");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_cannot_open_the_users_page() {
        // Vaadin's access control answers a view the user may not open as if it did not exist
        assertThatThrownBy(() -> navigate(UsersView.class)).hasMessageContaining("RouteNotFoundError");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(RouteNotFoundError.class);
        assertThat($(UsersView.class).all()).isEmpty();
        assertThat($(Grid.class).all()).as("a list of users").isEmpty();
    }

    @Test
    void after_a_wrong_password_the_login_page_says_so() {
        UI.getCurrent().navigate("login", QueryParameters.fromString("error"));

        assertThat($(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "MANAGER"})
    void an_admin_opens_the_users_page() {
        navigate(UsersView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Users");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void the_navigation_lists_users_only_for_admins() {
        navigate(CompareView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Compare", "Reports")
                .doesNotContain("Users");
    }

    @Test
    @WithMockUser(roles = "MANAGER")
    void a_manager_opens_the_reports_page() {
        navigate(ReportsView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Reports");
    }

    @Test
    void someone_not_logged_in_cannot_open_the_reports_page() {
        UI.getCurrent().navigate("reports");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(ReportsView.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(roles = {"ADMIN", "MANAGER"})
    void an_admin_sees_users_in_the_navigation() {
        navigate(CompareView.class);

        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("Compare", "Users");
    }
}
