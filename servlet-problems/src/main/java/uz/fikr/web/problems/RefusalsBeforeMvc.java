package uz.fikr.web.problems;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.core.StandardHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What is refused before Spring MVC sees it answers in problem+json too: Tomcat's own refusals (its error report
 * valve replaced) and those of Spring Security's firewall (an encoded slash or ';', '//', '..', an unknown method).
 */
@AutoConfiguration
public class RefusalsBeforeMvc {

    private static final Logger log = LoggerFactory.getLogger(RefusalsBeforeMvc.class);

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ServerProperties server) {
        return factory -> factory.addContextCustomizers(context -> ProblemReportValve.install(
                (StandardHost) context.getParent(), server.getMaxHttpRequestHeaderSize()));
    }

    /** 400 with the firewall's reason, through {@code /error}: problem+json, or a page for a reader's browser. */
    @Bean
    RequestRejectedHandler firewallRefusals() {
        return (request, response, e) -> {
            log.debug("Firewall refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        };
    }
}
