package uz.fikr.dashboard.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.service.ServiceException;

/**
 * The one place an error that a page did not handle ends up: the user sees a friendly notification in their
 * language, and the log gets the error once (a service that is down as a warning, anything else with its stack
 * trace). Pages may also call {@link #show} for an error they caught themselves.
 */
@Component
public class ErrorNotifications implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifications.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        ServiceException service = serviceException(error);
        if (service == null) {
            log.error("Unexpected error in the dashboard", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> show(ui, error));
        }
    }

    /** Tells the user about {@code error} in a notification; logs a service failure once, as a warning. */
    public static void show(UI ui, Throwable error) {
        ServiceException service = serviceException(error);
        String text;
        if (service == null) {
            text = ui.getTranslation("error.unexpected");
        }
        else if (service.unavailable()) {
            log.warn("A service the dashboard needs failed: {}", service.getMessage());
            text = ui.getTranslation("error.unavailable");
        }
        else {
            log.info("A service refused a dashboard request: {}", service.getMessage());
            text = ui.getTranslation("error.refused", service.detail());
        }
        var notification = new Notification(text, 8000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setAssertive(true);
        notification.open();
    }

    private static @Nullable ServiceException serviceException(@Nullable Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceException service) {
                return service;
            }
        }
        return null;
    }
}
