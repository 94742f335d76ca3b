package uz.fikr.e2e.hostile;

import static uz.fikr.e2e.hostile.PublicReadCases.encoded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Shape;
import uz.fikr.e2e.hostile.HostileCase.Stored;

/**
 * The reader's HTML form, {@code /s/{surveyId}}, opened and sent back with hostile fields. A refused form comes back
 * as the same page with everything the reader typed escaped: a script a reader typed is shown, never run.
 */
final class FormCases {

    static final String GROUP = "reader form";
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;";

    private FormCases() {}

    static List<HostileCase> all(FikrStack stack) {
        List<HostileCase> cases = new ArrayList<>();
        pages(cases);
        refused(cases, stack);
        accepted(cases, stack);
        return cases;
    }

    private static void pages(List<HostileCase> cases) {
        cases.add(page("an unknown survey", "/s/no-such-survey", 404));
        cases.add(page("a closed survey", "/s/" + HostileSurveys.CLOSED, 410));
        cases.add(page("a survey that is only a draft", "/s/" + HostileSurveys.DRAFT, 404));
        cases.add(HostileCase.of(GROUP, "a path traversal").get(Service.SURVEY, "/s/..%2F..%2Fetc%2Fpasswd").build());
        cases.add(HostileCase.of(GROUP, "scripts in every link parameter").get(Service.SURVEY, "/s/demo?lang="
                + encoded(SCRIPT) + "&src=" + encoded(SCRIPT) + "&branch=" + encoded(SCRIPT) + "&invite="
                + encoded(SCRIPT) + "&text=" + encoded(SCRIPT)).expect(200).shape(Shape.HTML).lacks("<script>alert")
                .build());
        cases.add(HostileCase.of(GROUP, "a form sent to an unknown survey").post(Service.SURVEY, "/s/no-such-survey")
                .form("a.satisfaction=5").expect(404).shape(Shape.HTML).build());
        cases.add(HostileCase.of(GROUP, "a form sent to a closed survey").post(Service.SURVEY,
                "/s/" + HostileSurveys.CLOSED).form("a.satisfaction=5").expect(410).shape(Shape.HTML).build());
        cases.add(HostileCase.of(GROUP, "JSON sent to the form").post(Service.SURVEY, "/s/demo")
                .json("{\"a.satisfaction\": 5}").expect(415).build());
        cases.add(HostileCase.of(GROUP, "plain text sent to the form").post(Service.SURVEY, "/s/demo")
                .body("text/plain", Bodies.utf8("a.satisfaction=5")).expect(415).build());
    }

    private static void refused(List<HostileCase> cases, FikrStack stack) {
        cases.add(refusedForm("a script in the comment of an incomplete form", stack,
                Map.of("a.recommend", "9", "a.comment", SCRIPT)).contains(ESCAPED).build());
        cases.add(refusedForm("a script as the chosen service", stack, Map.of("a.satisfaction", "4",
                "a.recommend", "9", "a.visited_service", SCRIPT)).contains("&lt;script&gt;").build());
        cases.add(refusedForm("an attribute breakout as the rating", stack,
                Map.of("a.satisfaction", "\"><script>alert(1)</script>", "a.recommend", "9")).build());
        cases.add(refusedForm("a NUL in the comment", stack,
                Map.of("a.satisfaction", "4", "a.recommend", "9", "a.comment", "Rahmat\u0000")).build());
        cases.add(refusedForm("a comment of 2,001 characters", stack,
                Map.of("a.satisfaction", "4", "a.recommend", "9", "a.comment", "x".repeat(2_001))).build());
        cases.add(refusedForm("a rating of 99999999999999999999", stack,
                Map.of("a.satisfaction", "99999999999999999999", "a.recommend", "9")).build());
        cases.add(refusedForm("an answer to the hidden seat question and no rating", stack, HostileSurveys.SKIP,
                Map.of("a.visited", "lending", "a.room_seat", "yes", "a.room_light", "3", "a.room_quiet", "4"))
                .build());
        Map<String, String> complete = Map.of("a.satisfaction", "4", "a.visited", "lending", "a.room_light", "3",
                "a.room_quiet", "4");
        cases.add(refusedForm("an invitation-only survey without an invitation", stack, HostileSurveys.INVITE,
                complete).build());
        Map<String, String> forged = new HashMap<>(complete);
        forged.put("invitation", "AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA");
        cases.add(refusedForm("an invitation-only survey with a forged invitation", stack, HostileSurveys.INVITE,
                forged).build());
        cases.add(refusedForm("a forged start time", stack, Map.of("started", "0.forged", "a.satisfaction", "4",
                "a.recommend", "9")).build());
        cases.add(HostileCase.of(GROUP, "a form without its hidden fields").post(Service.SURVEY, "/s/demo")
                .form("a.satisfaction=4&a.recommend=9").shape(Shape.HTML).build());
        String opened = ReaderForm.open(stack, "demo").with(Map.of("a.satisfaction", "4", "a.recommend", "9"));
        cases.add(HostileCase.of(GROUP, "invalid UTF-8, percent-encoded, in the comment").post(Service.SURVEY,
                "/s/demo").form(opened + "&a.comment=Rahmat%FF%FE").build());
        byte[] raw = Bodies.utf8(opened + "&a.comment=Rahmat");
        byte[] withByte = Arrays.copyOf(raw, raw.length + 1);
        withByte[raw.length] = (byte) 0xFF;
        cases.add(HostileCase.of(GROUP, "a raw FF byte in the form body").post(Service.SURVEY, "/s/demo")
                .body("application/x-www-form-urlencoded", withByte).build());
        StringBuilder many = new StringBuilder(opened);
        for (int i = 0; i < 5_000; i++) {
            many.append("&p").append(i).append("=1");
        }
        cases.add(HostileCase.of(GROUP, "5,000 form fields").post(Service.SURVEY, "/s/demo")
                .form(many.toString()).build());
        // browsers always send a form's length; without one it is refused before Tomcat reads it
        cases.add(HostileCase.of(GROUP, "a chunked form of 100 KiB")
                .post(Service.SURVEY, "/s/demo").rawHeader("Host: 127.0.0.1").rawHeader("Connection: close")
                .rawHeader("Content-Type: application/x-www-form-urlencoded").rawHeader("Transfer-Encoding: chunked")
                .unframed(Bodies.chunked(Bodies.utf8(ReaderForm.open(stack, "demo").with(Map.of("a.recommend", "9",
                        "a.comment", "x".repeat(100 * 1024)))))).expect(411).shape(Shape.PROBLEM).build());
    }

    private static void accepted(List<HostileCase> cases, FikrStack stack) {
        ReaderForm scripted = ReaderForm.open(stack, "demo");
        String text = "Zal <b>yorugʻ</b> " + SCRIPT;
        cases.add(HostileCase.of(GROUP, "a script in the comment of a complete form is taken as data")
                .post(Service.SURVEY, "/s/demo").form(scripted.with(Map.of("a.satisfaction", "5", "a.recommend", "10",
                        "a.visited_service", "reading_room", "a.comment", text))).expect(303).shape(Shape.REDIRECT)
                .stores(new Stored(Stored.Kind.RESPONSE, scripted.responseId(), 4, text)).build());
        ReaderForm skipping = ReaderForm.open(stack, HostileSurveys.SKIP);
        cases.add(HostileCase.of(GROUP, "an answer to a hidden question is dropped, the rest is taken")
                .post(Service.SURVEY, "/s/" + HostileSurveys.SKIP).form(skipping.with(Map.of("a.satisfaction", "4",
                        "a.why_low", "Yashirin javob", "a.visited", "lending", "a.room_light", "3",
                        "a.room_quiet", "4"))).expect(303).shape(Shape.REDIRECT)
                .stores(new Stored(Stored.Kind.RESPONSE, skipping.responseId(), 4, null)).build());
        cases.add(HostileCase.of(GROUP, "a robot that fills in the hidden field is thanked, nothing is published")
                .post(Service.SURVEY, "/s/demo").form(ReaderForm.open(stack, "demo").with(Map.of("website",
                        "http://spam.example", "a.satisfaction", "5", "a.recommend", "10")))
                .expect(303).shape(Shape.REDIRECT).build());
    }

    private static HostileCase page(String name, String target, int status) {
        return HostileCase.of(GROUP, name).get(Service.SURVEY, target).expect(status).shape(Shape.HTML).build();
    }

    private static HostileCase.Builder refusedForm(String name, FikrStack stack, Map<String, String> answers) {
        return refusedForm(name, stack, "demo", answers);
    }

    private static HostileCase.Builder refusedForm(String name, FikrStack stack, String surveyId,
            Map<String, String> answers) {
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/s/" + surveyId)
                .form(ReaderForm.open(stack, surveyId).with(answers)).shape(Shape.HTML).lacks("<script>alert");
    }
}
