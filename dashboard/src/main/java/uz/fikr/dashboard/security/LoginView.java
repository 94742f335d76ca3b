package uz.fikr.dashboard.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

import uz.fikr.dashboard.layout.LanguageSwitch;

/**
 * The login page: name and password, and a link to the library's identity provider when an OpenID Connect client
 * is configured. Texts follow the language chosen with the switch at the top.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final H1 title = new H1();
    private final LoginForm form = new LoginForm();
    private final Paragraph ssoText = new Paragraph();
    private final Anchor sso = new Anchor();

    LoginView(ObjectProvider<InMemoryClientRegistrationRepository> oidc) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(new LanguageSwitch(), title, form);
        InMemoryClientRegistrationRepository registrations = oidc.getIfAvailable();
        if (registrations != null) {
            for (ClientRegistration registration : registrations) {
                sso.setHref("oauth2/authorization/" + registration.getRegistrationId());
                sso.setRouterIgnore(true);
                add(ssoText, sso);
                break;
            }
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("app.title"));
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        form.setI18n(i18n);
        ssoText.setText(getTranslation("login.sso.intro"));
        sso.setText(getTranslation("login.sso.link"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.title");
    }
}
