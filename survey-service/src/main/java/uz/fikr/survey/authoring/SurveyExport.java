package uz.fikr.survey.authoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uz.fikr.events.survey.SurveyVersion;
import uz.fikr.survey.web.FieldError;

/**
 * A survey with all its versions as one JSON document, to move it between Fikr installations or keep it in a
 * library's own records.
 */
record SurveyExport(String format, String id, Instant exportedAt, List<SurveyVersion> versions) {

    static final String FORMAT = "fikr-survey/1";

    SurveyExport {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** What makes this document impossible to import, before the definitions themselves are checked. */
    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (!FORMAT.equals(format)) {
            errors.add(new FieldError("format", "must be \"" + FORMAT + "\", as written by the export"));
        }
        if (id == null || !DefinitionRules.SURVEY_ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "must be a survey id"));
        }
        if (versions.isEmpty()) {
            errors.add(new FieldError("versions", "an export holds at least one version"));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < versions.size(); i++) {
            SurveyVersion version = versions.get(i);
            if (!Objects.equals(version.survey().id(), id)) {
                errors.add(new FieldError("versions[" + i + "].survey.id", "must be '" + id + "'"));
            }
            if (!seen.add(version.survey().version())) {
                errors.add(new FieldError("versions[" + i + "].survey.version", "is there twice"));
            }
        }
        return errors;
    }
}
