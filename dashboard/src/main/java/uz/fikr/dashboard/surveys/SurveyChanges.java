package uz.fikr.dashboard.surveys;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import uz.fikr.dashboard.filter.FilterOptions;
import uz.fikr.dashboard.security.CurrentUser;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyVersion;

/**
 * Every change the dashboard makes to a survey. The buttons are shown to admins only, but a hidden button is no
 * lock: each change checks the user's role again here, on the server, before survey-service is called. After a
 * survey is published or closed the filter bar forgets its survey list, so every page offers the new state.
 */
@Component
class SurveyChanges {

    private static final Logger log = LoggerFactory.getLogger(SurveyChanges.class);

    private final SurveyServiceClient surveys;
    private final CurrentUser user;
    private final FilterOptions filterOptions;

    SurveyChanges(SurveyServiceClient surveys, CurrentUser user, FilterOptions filterOptions) {
        this.surveys = surveys;
        this.user = user;
        this.filterOptions = filterOptions;
    }

    /** Whether the user may change surveys: what the pages ask before they show a button. */
    boolean allowed() {
        return user.isAdmin();
    }

    SurveyVersion createFromTemplate(String templateId, String surveyId, boolean publish) {
        requireAdmin("create " + surveyId);
        SurveyVersion created = surveys.createFromTemplate(templateId, surveyId, publish);
        log.info("{} created survey {} from template {} ({})", user.name(), surveyId, templateId, created.status());
        if (publish) {
            filterOptions.refresh();
        }
        return created;
    }

    SurveyVersion saveDraft(String surveyId, SurveyDefinition definition) {
        requireAdmin("edit " + surveyId);
        SurveyVersion saved = surveys.saveDraft(surveyId, definition);
        log.info("{} saved the draft of survey {}, version {}", user.name(), surveyId, saved.survey().version());
        return saved;
    }

    SurveyVersion publish(String surveyId) {
        requireAdmin("publish " + surveyId);
        SurveyVersion published = surveys.publish(surveyId);
        log.info("{} published survey {}, version {}", user.name(), surveyId, published.survey().version());
        filterOptions.refresh();
        return published;
    }

    List<SurveyVersion> close(String surveyId) {
        requireAdmin("close " + surveyId);
        List<SurveyVersion> closed = surveys.close(surveyId);
        log.info("{} closed survey {}", user.name(), surveyId);
        filterOptions.refresh();
        return closed;
    }

    private void requireAdmin(String change) {
        if (!user.isAdmin()) {
            log.warn("{} is no admin and may not {}", user.name(), change);
            throw new AccessDeniedException("Only admins may " + change);
        }
    }
}
