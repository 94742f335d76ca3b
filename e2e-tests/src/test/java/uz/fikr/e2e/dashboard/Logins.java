package uz.fikr.e2e.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * Who uses the dashboard in these tests: its first admin, from configuration, and a manager whom the admin adds on
 * the Users page, as an admin does.
 */
final class Logins {

    static final String MANAGER = "nilufar";

    private final DashboardBrowser browser;
    private final DashboardStack stack;
    private final String managerPassword = "manager-" + Long.toHexString(System.nanoTime());
    private boolean managerAdded;

    Logins(DashboardBrowser browser, DashboardStack stack) {
        this.browser = browser;
        this.stack = stack;
    }

    void asAdmin() {
        browser.signIn(DashboardStack.ADMIN, stack.password());
    }

    /** Logs in as the manager, adding them first when no test did yet. */
    void asManager() {
        if (!managerAdded) {
            asAdmin();
            addTheManager();
        }
        browser.signIn(MANAGER, managerPassword);
    }

    /** The admin, logged in, adds the manager on the Users page and sees them listed as a manager. */
    void addTheManager() {
        browser.open("users");
        browser.type(".add-user vaadin-text-field.user-name input", MANAGER);
        VaadinInputs.choose(browser, ".add-user vaadin-select.user-role", "Manager");
        browser.type(".add-user vaadin-password-field.password input", managerPassword);
        browser.type(".add-user vaadin-password-field.password-repeat input", managerPassword);
        browser.clickButton(".add-user vaadin-button.add-user-button", "Add user");
        browser.awaitUntil("the manager in the list", () -> browser.texts(".user-list vaadin-grid-cell-content")
                .contains(MANAGER));
        List<String> cells = browser.texts(".user-list vaadin-grid-cell-content");
        assertThat(cells.get(cells.indexOf(MANAGER) + 1)).as("the manager's role").isEqualTo("Manager");
        managerAdded = true;
    }

    String managerPassword() {
        return managerPassword;
    }
}
