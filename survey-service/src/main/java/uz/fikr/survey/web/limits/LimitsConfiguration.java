package uz.fikr.survey.web.limits;

import io.github.bucket4j.TimeMeter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Applies the submission rate limit to the endpoints that take a reader's answers, and only to those. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration implements WebMvcConfigurer {

    /** Where readers submit: the JSON API, online feedback and the server-rendered forms. */
    static final String[] SUBMISSIONS = {"/api/v1/responses", "/api/v1/feedback", "/s/**"};

    private final LimitsProperties properties;

    LimitsConfiguration(LimitsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (properties.submissionsPerMinute() > 0) {
            registry.addInterceptor(new SubmissionRateLimit(properties.submissionsPerMinute(),
                            TimeMeter.SYSTEM_NANOTIME))
                    .addPathPatterns(SUBMISSIONS);
        }
    }
}
