package uz.fikr.dashboard.reports;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.security.CurrentUser;

/**
 * The report definitions, and every change to them. Only admins see the Schedules section, but a hidden section is
 * no lock: each call checks the user's role again here, on the server, before analytics-service is asked.
 */
@Component
class Schedules {

    private static final Logger log = LoggerFactory.getLogger(Schedules.class);

    private final ReportsApi api;
    private final CurrentUser user;

    Schedules(ReportsApi api, CurrentUser user) {
        this.api = api;
        this.user = user;
    }

    /** Whether the user may see and change schedules: what the page asks before it shows the section. */
    boolean allowed() {
        return user.isAdmin();
    }

    List<ReportDefinition> definitions() {
        requireAdmin("read the report definitions");
        return api.definitions();
    }

    List<Delivery> deliveries(String definitionId) {
        requireAdmin("read the deliveries of " + definitionId);
        return api.deliveries(definitionId);
    }

    void save(ReportDefinition definition) {
        requireAdmin("save the report definition " + definition.id());
        api.save(definition);
        log.info("{} saved the report definition {} ({}, {})", user.name(), definition.id(), definition.cron(),
                definition.enabled() ? "enabled" : "disabled");
    }

    void delete(String definitionId) {
        requireAdmin("delete the report definition " + definitionId);
        api.delete(definitionId);
        log.info("{} deleted the report definition {}", user.name(), definitionId);
    }

    private void requireAdmin(String action) {
        if (!user.isAdmin()) {
            log.warn("{} is no admin and may not {}", user.name(), action);
            throw new AccessDeniedException("Only admins may " + action);
        }
    }
}
