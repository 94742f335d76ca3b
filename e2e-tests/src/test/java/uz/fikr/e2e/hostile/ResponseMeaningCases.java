package uz.fikr.e2e.hostile;

import static uz.fikr.e2e.hostile.Bodies.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * {@code POST /api/v1/responses} with well-formed JSON that means something a survey does not allow: unknown and
 * missing fields, answers out of range, options that do not exist, answers to questions the skip logic hid, closed,
 * unknown and draft surveys and versions, staff-only channels and invitation tokens that are not valid.
 */
final class ResponseMeaningCases {

    static final String GROUP = "responses: meaning";

    private ResponseMeaningCases() {}

    static List<HostileCase> all(HostileSurveys surveys) {
        List<HostileCase> cases = new ArrayList<>();
        unknownAndMissing(cases);
        outOfRange(cases);
        options(cases);
        hidden(cases);
        surveysAndVersions(cases);
        channels(cases);
        invitations(cases, surveys);
        return cases;
    }

    private static void unknownAndMissing(List<HostileCase> cases) {
        cases.add(demo("an admin flag", r -> r.put("admin", true), "admin"));
        cases.add(demo("a __proto__ member", r -> r.putObject("__proto__").put("admin", true), "__proto__"));
        cases.add(demo("a forged enteredBy", r -> r.put("enteredBy", "librarian"), "enteredBy"));
        cases.add(demo("a forged receivedAt", r -> r.put("receivedAt", "2020-01-01T00:00:00Z"), "receivedAt"));
        cases.add(demo("a schemaVersion", r -> r.put("schemaVersion", 99), "schemaVersion"));
        cases.add(demo("the reader's name", r -> respondent(r).put("name", "Alisher Navoiy"), "respondent.name"));
        cases.add(demo("the reader's e-mail", r -> respondent(r).put("email", "reader@example.uz"),
                "respondent.email"));
        cases.add(demo("an answer to no question", r -> answers(r).put("no_such_question", 5),
                "answers.no_such_question"));
        cases.add(demo("a question id with a trailing space", r -> answers(r).put("satisfaction ", 5),
                "answers.satisfaction "));
        cases.add(demo("no response id", r -> r.remove("responseId"), "responseId"));
        cases.add(demo("no survey id", r -> r.remove("surveyId"), "surveyId"));
        cases.add(demo("no version", r -> r.remove("surveyVersion"), "surveyVersion"));
        cases.add(demo("no answers", r -> r.remove("answers"), "answers.satisfaction"));
        cases.add(post("an empty object", "{}").field("surveyId").build());
        cases.add(demo("a required rating that is null", r -> answers(r).putNull("satisfaction"),
                "answers.satisfaction"));
        cases.add(demo("a required rating that is empty text", r -> answers(r).put("satisfaction", ""),
                "answers.satisfaction"));
        cases.add(demo("a required recommendation that is blank", r -> answers(r).put("recommend", "   "),
                "answers.recommend"));
        cases.add(skip("a required matrix item left out", r -> answers(r).remove("room_quiet"), "answers.room_quiet"));
    }

    private static void outOfRange(List<HostileCase> cases) {
        cases.add(skip("a three-column minimum of 10", r -> quality(r, 10, 5, 5), "answers.q_staff"));
        cases.add(skip("a three-column minimum of -1", r -> quality(r, -1, 5, 5), "answers.q_staff"));
        cases.add(skip("a three-column item without perceived",
                r -> answers(r).putObject("q_staff").put("minimum", 1).put("desired", 2), "answers.q_staff"));
        cases.add(skip("a three-column item with a fourth column", r -> quality(r, 1, 2, 3).put("extra", 4),
                "answers.q_staff"));
        cases.add(skip("a three-column 'NA' in capitals", r -> answers(r).put("q_staff", "NA"), "answers.q_staff"));
        cases.add(skip("a three-column minimum of 1.5", r -> quality(r, 1, 2, 3).put("minimum", 1.5),
                "answers.q_staff"));
        cases.add(skip("a three-column minimum of 99999999999",
                r -> quality(r, 1, 2, 3).put("minimum", 99_999_999_999L), "answers.q_staff"));
        cases.add(skip("a matrix item rated 6", r -> answers(r).put("room_light", 6), "answers.room_light"));
        cases.add(skip("a matrix item rated 0", r -> answers(r).put("room_quiet", 0), "answers.room_quiet"));
        cases.add(skip("a recommendation of 11", r -> answers(r).put("recommend", 11), "answers.recommend"));
    }

    private static void options(List<HostileCase> cases) {
        String[][] singles = {{"an option that does not exist", "library_cafe"}, {"an option in capitals", "LENDING"},
            {"an option with a trailing space", "lending "}, {"SQL as an option", "' OR 1=1 --"},
            {"'other' where the question offers none", "other"}, {"a script as an option", "<script>alert(1)</script>"}};
        for (String[] single : singles) {
            cases.add(demo(single[0], r -> answers(r).put("visited_service", single[1]), "answers.visited_service"));
        }
        cases.add(skip("an option chosen twice", r -> answers(r).putArray("wanted").add("audiobooks").add("audiobooks"),
                "answers.wanted"));
        cases.add(skip("a multiple choice with an option that does not exist",
                r -> answers(r).putArray("wanted").add("audiobooks").add("no_such"), "answers.wanted"));
        cases.add(skip("one string for a multiple choice", r -> answers(r).put("wanted", "audiobooks"),
                "answers.wanted"));
        cases.add(skip("a number in a multiple choice", r -> answers(r).putArray("wanted").add(1), "answers.wanted"));
        cases.add(skip("a null in a multiple choice", r -> answers(r).putArray("wanted").addNull(), "answers.wanted"));
        cases.add(skip("an option that does not exist for a shown question",
                r -> answers(r).put("visited", "reading_room").put("room_seat", "maybe"), "answers.room_seat"));
        cases.add(demo("a reader group that does not exist", r -> respondent(r).put("readerGroup", "admin"),
                "respondent.readerGroup"));
        cases.add(demo("an age band that does not exist", r -> respondent(r).put("ageBand", "200"),
                "respondent.ageBand"));
        cases.add(demo("a visit frequency that does not exist", r -> respondent(r).put("visitFrequency", "daily"),
                "respondent.visitFrequency"));
        cases.add(demo("an accessibility need that does not exist",
                r -> respondent(r).putArray("accessibilityNeeds").add("x-ray vision"),
                "respondent.accessibilityNeeds"));
    }

    private static void hidden(List<HostileCase> cases) {
        cases.add(skip("why it was bad, from a satisfied reader", r -> answers(r).put("why_low", "Hammasi yomon"),
                "answers.why_low"));
        cases.add(skip("the seat question, from a reader who borrowed books", r -> answers(r).put("room_seat", "yes"),
                "answers.room_seat"));
        cases.add(skip("an 'other' text without choosing other",
                r -> answers(r).put("wanted.other", "Kofe").putArray("wanted").add("audiobooks"),
                "answers.wanted.other"));
        cases.add(skip("why it was bad, without a rating",
                r -> answers(r).put("why_low", "Hammasi yomon").remove("satisfaction"), "answers.why_low"));
        cases.add(skip("a low rating without saying why", r -> answers(r).put("satisfaction", 1), "answers.why_low"));
        cases.add(skip("the reading room without the seat question", r -> answers(r).put("visited", "reading_room"),
                "answers.room_seat"));
    }

    private static void surveysAndVersions(List<HostileCase> cases) {
        cases.add(post("a closed survey", survey(HostileSurveys.CLOSED, 1)).expect(410).field("surveyId").build());
        cases.add(post("a closed survey with a version it never had", survey(HostileSurveys.CLOSED, 99)).expect(410)
                .field("surveyId").build());
        String[] unknown = {"no-such-survey", "DEMO", "demo ", "../demo", "demo' OR '1'='1", HostileSurveys.DRAFT};
        for (String surveyId : unknown) {
            cases.add(demo("the survey id '" + surveyId + "'", r -> r.put("surveyId", surveyId), "surveyId"));
        }
        cases.add(demo("a version the survey never had", r -> r.put("surveyVersion", 2), "surveyVersion"));
        cases.add(skip("a version that is still a draft", r -> r.put("surveyVersion", 2), "surveyVersion"));
    }

    private static void channels(List<HostileCase> cases) {
        cases.add(demo("a paper form from a reader", r -> r.put("channel", "paper"), "channel"));
        cases.add(demo("an interview from a reader", r -> r.put("channel", "interview"), "channel"));
        cases.add(demo("a channel that does not exist", r -> r.put("channel", "telepathy"), "channel"));
        cases.add(post("a paper form with a wrong password", with(Bodies::demoResponse, r -> r.put("channel", "paper")))
                .basic(FikrStack.STAFF, "wrong").expect(401).build());
        cases.add(post("a paper form with a Basic header that is not Base64",
                with(Bodies::demoResponse, r -> r.put("channel", "paper")))
                .header("Authorization", "Basic !!!not-base64!!!").expect(401).build());
    }

    private static void invitations(List<HostileCase> cases, HostileSurveys surveys) {
        cases.add(invited("no invitation", r -> { }));
        String[][] tokens = {{"a token without a signature", "abc"}, {"a token that is not Base64", "a.b"},
            {"a forged token", "AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA"},
            {"a token issued for another survey", surveys.foreignToken()}, {"SQL as a token", "' OR 1=1 --"},
            {"a token of 10,000 characters", "a".repeat(5_000) + "." + "b".repeat(4_999)},
            {"a token with a NUL", "tok\u0000en.signature"}};
        for (String[] token : tokens) {
            cases.add(invited(token[0], r -> r.put("invitation", token[1])));
        }
        cases.add(invited("a number as a token", r -> r.put("invitation", 42)));
    }

    private static HostileCase invited(String name, Consumer<ObjectNode> change) {
        return post("invitation only: " + name, with(Bodies::skipResponse, r -> {
            r.put("surveyId", HostileSurveys.INVITE);
            change.accept(r);
        })).field("invitation").build();
    }

    private static ObjectNode quality(ObjectNode response, int minimum, int desired, int perceived) {
        return answers(response).putObject("q_staff").put("minimum", minimum).put("desired", desired)
                .put("perceived", perceived);
    }

    private static ObjectNode respondent(ObjectNode response) {
        return (ObjectNode) response.get("respondent");
    }

    private static String survey(String surveyId, int version) {
        return with(Bodies::skipResponse, r -> r.put("surveyId", surveyId).put("surveyVersion", version));
    }

    private static HostileCase demo(String name, Consumer<ObjectNode> change, String field) {
        return post(name, with(Bodies::demoResponse, change)).field(field).build();
    }

    private static HostileCase skip(String name, Consumer<ObjectNode> change, String field) {
        return post("skip logic: " + name, with(Bodies::skipResponse, change)).field(field).build();
    }

    private static HostileCase.Builder post(String name, String json) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/responses").json(json);
    }

    private static String with(Function<UUID, ObjectNode> valid, Consumer<ObjectNode> change) {
        ObjectNode response = valid.apply(UUID.randomUUID());
        change.accept(response);
        return response.toString();
    }
}
