package uz.fikr.dashboard.surveys;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import uz.fikr.dashboard.format.Formats;
import uz.fikr.dashboard.table.TableData;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/** A survey's versions in words: their statuses, the table of versions, and the survey's status as a whole. */
final class VersionTexts {

    private final Component texts;
    private final Formats formats;

    VersionTexts(Component texts, Locale locale) {
        this.texts = texts;
        this.formats = Formats.of(locale);
    }

    String status(SurveyStatus status) {
        return texts.getTranslation("surveys.status." + status.name().toLowerCase(Locale.ROOT));
    }

    /** "version 3 (draft)". */
    String which(SurveyVersion version) {
        return texts.getTranslation("surveys.version", version.survey().version(), status(version.status()));
    }

    /** Every version with its status, when it last changed and who changed it; newest first. */
    TableData table(String surveyId, List<SurveyVersion> versions) {
        var table = TableData.builder("survey-" + surveyId + "-versions",
                texts.getTranslation("surveys.versions.caption"), texts.getTranslation("surveys.versions.version"),
                texts.getTranslation("surveys.versions.status"), texts.getTranslation("surveys.versions.changedAt"),
                texts.getTranslation("surveys.versions.changedBy"));
        versions.stream().sorted(Comparator.comparingInt((SurveyVersion v) -> v.survey().version()).reversed())
                .forEach(version -> table.row(version.survey().version(), status(version.status()),
                        formats.dateTime(version.changedAt()),
                        version.changedBy() == null ? "–" : version.changedBy()));
        return table.build();
    }
}
