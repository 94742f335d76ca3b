package uz.fikr.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import tools.jackson.databind.node.ObjectNode;
import uz.fikr.e2e.hostile.HostileCase.Service;

/**
 * A reader's contact details and the privacy officer's endpoints: a contact without consent, without a way to reach
 * the reader or of the wrong shape is refused naming its field (and never echoed); {@code /api/v1/privacy/{id}}
 * answers only the privacy login, refuses the dashboard's login and ids that are not UUIDs.
 */
final class PrivacyCases {

    static final String GROUP = "contacts and privacy";
    private static final String EMAIL = "hostile.reader@kutubxona.uz";

    private PrivacyCases() {}

    static List<HostileCase> all(FikrStack stack) {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(feedback("a contact without consent", contact -> contact.put("email", EMAIL), "contact.consent"));
        cases.add(feedback("a contact with consent as text", contact -> contact.put("email", EMAIL)
                .put("consent", "yes"), "contact.consent"));
        cases.add(feedback("a contact with no address and no number", contact -> contact.put("name", "Aziz")
                .put("consent", true), "contact.email"));
        cases.add(feedback("a contact's address with two @", contact -> contact.put("email", "hostile@@kutubxona.uz")
                .put("consent", true), "contact.email"));
        cases.add(feedback("a contact's name with a NUL", contact -> contact.put("name", "Az\u0000iz")
                .put("email", EMAIL).put("consent", true), "contact.name"));
        cases.add(feedback("a contact with a field it does not have", contact -> contact.put("email", EMAIL)
                .put("consent", true).put("address", "Navoiy 1"), "contact.address"));
        ObjectNode response = Bodies.demoResponse(UUID.randomUUID());
        response.putObject("contact").put("phone", "+998 90 HOSTILE").put("consent", true);
        cases.add(HostileCase.of(GROUP, "a response's contact phone with letters").post(Service.SURVEY,
                "/api/v1/responses").json(Bodies.bytes(response)).field("contact.phone").lacks("HOSTILE").build());
        String path = "/api/v1/privacy/" + UUID.randomUUID();
        cases.add(HostileCase.of(GROUP, "an export without a login").get(Service.ANALYTICS, path)
                .header("Authorization", "Bearer nothing").expect(401).build());
        cases.add(HostileCase.of(GROUP, "an export with the dashboard's login").get(Service.ANALYTICS, path)
                .expect(403).build());
        cases.add(HostileCase.of(GROUP, "an erasure with the dashboard's login").request(Service.ANALYTICS, "DELETE",
                path).expect(403).build());
        cases.add(HostileCase.of(GROUP, "statistics with the privacy login").get(Service.ANALYTICS,
                "/api/v1/surveys/demo/summary").header("Authorization", privacy(stack)).expect(403).build());
        cases.add(HostileCase.of(GROUP, "an export of an id that is SQL").get(Service.ANALYTICS,
                "/api/v1/privacy/" + PublicReadCases.encoded("' OR 1=1 --")).header("Authorization", privacy(stack))
                .field("id").build());
        cases.add(HostileCase.of(GROUP, "an erasure of an id that is not a UUID").request(Service.ANALYTICS,
                "DELETE", "/api/v1/privacy/1-2-3-4-5").header("Authorization", privacy(stack)).field("id").build());
        return cases;
    }

    private static HostileCase feedback(String name, Consumer<ObjectNode> contact, String field) {
        ObjectNode feedback = Bodies.feedback(UUID.randomUUID());
        contact.accept(feedback.putObject("contact"));
        return HostileCase.of(GROUP, name).post(Service.SURVEY, "/api/v1/feedback").json(Bodies.bytes(feedback))
                .field(field).lacks(EMAIL).lacks("Aziz").build();
    }

    private static String privacy(FikrStack stack) {
        return "Basic " + Base64.getEncoder().encodeToString((FikrStack.PRIVACY + ":" + stack.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}
