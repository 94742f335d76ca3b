package uz.fikr.dashboard.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;
import uz.fikr.events.survey.SurveyStatus;
import uz.fikr.events.survey.SurveyVersion;

/**
 * What survey-service and analytics-service answer, in their real shapes: survey definitions are survey-service's
 * own files (a template and the test survey with every question type, copied from survey-service), written with
 * the events module's JSON mapping as survey-service writes its records; problems and comparisons copy the shapes
 * of survey-service's ProblemResponses and analytics-service's Comparison.
 */
final class SurveyServiceJson {

    static final Instant CHANGED_AT = Instant.parse("2026-11-20T09:15:00Z");

    private SurveyServiceJson() {
    }

    /** survey-service's template "quick-satisfaction" under another id. */
    static SurveyDefinition quick(String id, int version) {
        SurveyDefinition template = load("quick-satisfaction.json");
        return new SurveyDefinition(id, version, template.title(), template.description(), null, null,
                template.profile(), false, template.questions());
    }

    /** survey-service's test survey with every question type, skip logic and "other" choices. */
    static SurveyDefinition everyQuestion(String id) {
        SurveyDefinition survey = load("every-question.json");
        return new SurveyDefinition(id, 1, survey.title(), survey.description(), null, null, survey.profile(), false,
                survey.questions());
    }

    static SurveyDefinition template(String file) {
        return load(file);
    }

    /** {@code GET /api/v1/admin/surveys/{id}}: the versions, oldest first. */
    static String versions(SurveyVersion... versions) {
        return EventJson.mapper().writeValueAsString(List.of(versions));
    }

    static SurveyVersion version(SurveyDefinition survey, SurveyStatus status) {
        return SurveyVersion.of(survey, status, CHANGED_AT, "director");
    }

    static String json(Object value) {
        return EventJson.mapper().writeValueAsString(value);
    }

    /** One line of {@code GET /api/v1/admin/surveys} (survey-service's SurveyAuthoring.SurveySummary). */
    static String listItem(SurveyDefinition survey, String status, int latest, Integer published, int versions) {
        return """
                {"id":"%s","title":%s,"status":"%s","latestVersion":%d,"publishedVersion":%s,"versions":%d}"""
                .formatted(survey.id(), json(survey.title()), status, latest, published, versions);
    }

    /** survey-service's 400 for a refused request: problem+json with one entry per field in {@code errors}. */
    static String invalid(String field, String message) {
        return """
                {"type":"https://fikr.uz/problems/invalid-request","title":"Invalid request","status":400,
                 "detail":"%1$s: %2$s","instance":"/api/v1/admin/surveys",
                 "errors":[{"field":"%1$s","message":"%2$s","code":"invalid"}]}""".formatted(field, message);
    }

    /**
     * analytics-service's {@code compare} of a question by channel, as InsightsIntegrationTests reads it: two groups
     * suppressed (no n), two shown with their figures.
     */
    static String byChannel(String surveyId) {
        return """
                {"surveyId":"%s","questionId":"satisfaction","by":"channel","minimumGroupSize":5,
                 "groups":[{"group":"kiosk","suppressed":true},
                   {"group":"qr","n":162,"suppressed":false,"mean":4.2,"meanInterval":{"lower":3.9,"upper":4.5}},
                   {"group":"web","n":1230,"suppressed":false,"mean":3.8,"meanInterval":{"lower":3.6,"upper":4.0}},
                   {"group":"widget","suppressed":true}],
                 "test":{"name":"welch","statistic":2.31,"degreesOfFreedom":81.4,"pValue":0.023,
                   "effectSizeName":"cohensD","effectSize":0.41,"significant":true},
                 "pairs":[],"statement":"qr rate higher than web: 4.20 vs 3.80 (Welch's t-test, p = 0.023)."}"""
                .formatted(surveyId);
    }

    static String byBranch(String surveyId) {
        return """
                {"surveyId":"%s","questionId":"satisfaction","by":"branch","minimumGroupSize":5,
                 "groups":[{"group":"central","n":163,"suppressed":false,"mean":3.9,
                   "meanInterval":{"lower":3.7,"upper":4.1}},
                   {"group":"chilonzor","n":1234,"suppressed":false,"mean":4.0,
                   "meanInterval":{"lower":3.9,"upper":4.1}}],
                 "test":{"name":"welch","statistic":0.8,"degreesOfFreedom":190.0,"pValue":0.42,
                   "effectSizeName":"cohensD","effectSize":0.1,"significant":false},
                 "pairs":[],
                 "statement":"No significant difference between central and chilonzor (Welch's t-test, p = 0.420)."}"""
                .formatted(surveyId);
    }

    /** analytics-service's {@code summary} with this many responses. */
    static String summary(String surveyId, long responses) {
        return """
                {"surveyId":"%s","responses":%d,"questions":[
                  {"questionId":"satisfaction","kind":"number","n":%d,"mean":3.9,"counts":{"3":1,"4":2}}]}"""
                .formatted(surveyId, responses, responses);
    }

    private static SurveyDefinition load(String file) {
        try (InputStream in = SurveyServiceJson.class.getResourceAsStream("/survey-service/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing test survey " + file);
            }
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
