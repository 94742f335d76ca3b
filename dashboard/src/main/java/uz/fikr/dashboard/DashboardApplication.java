package uz.fikr.dashboard;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Fikr dashboard: a Vaadin Flow UI over the analytics-service HTTP API.
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
}
