package uz.fikr.survey.form;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** The reader's language decides the locale of every page ({@code ?lang=}, cookie, Accept-Language, Uzbek). */
@Configuration(proxyBeanMethods = false)
class FormConfiguration {

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new ReaderPreferences();
    }
}
