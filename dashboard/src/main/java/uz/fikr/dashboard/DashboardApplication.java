package uz.fikr.dashboard;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import uz.fikr.dashboard.format.Formats;

/**
 * The Fikr dashboard: a Vaadin Flow UI over the analytics-service and survey-service HTTP APIs.
 * Also the Vaadin app shell, which loads the Lumo theme and the dashboard's own styles.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/dashboard.css")
public class DashboardApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DashboardApplication.class, args);
    }

    /** Today and now as the library sees them: periods and trends follow Tashkent's calendar. */
    @Bean
    Clock clock() {
        return Clock.system(Formats.LIBRARY_ZONE);
    }
}
