package uz.fikr.survey.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import uz.fikr.events.EventJson;
import uz.fikr.events.survey.SurveyDefinition;

/** The test survey with every question type, under another id. */
final class EveryQuestion {

    private EveryQuestion() {}

    static SurveyDefinition invitationOnly(String id) {
        SurveyDefinition survey = load();
        return new SurveyDefinition(id, 1, survey.title(), survey.description(), null, null, survey.profile(), true,
                survey.questions());
    }

    static String answer(String surveyId, String token) {
        return """
                {"responseId": "%s", "surveyId": "%s", "surveyVersion": 1, %s
                 "answers": {"satisfaction": 5, "visited": "lending", "room_light": 4, "room_quiet": 5}}"""
                .formatted(UUID.randomUUID(), surveyId, token == null ? "" : "\"invitation\": \"" + token + "\",");
    }

    private static SurveyDefinition load() {
        try (InputStream in = EveryQuestion.class.getResourceAsStream("/surveys/every-question.json")) {
            return EventJson.mapper().readValue(in, SurveyDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
