package uz.fikr.analytics.contacts;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;
import uz.fikr.events.Contact;

/** Contacts as JSONEachRow rows of the {@code contacts} table; absent fields are empty strings. */
final class ContactRows {

    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().rootValueSeparator("\n").build())
            .build();

    private ContactRows() {}

    static byte[] of(List<ReceivedContact> contacts, Instant ingestedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * contacts.size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            for (ReceivedContact received : contacts) {
                Contact contact = received.contact();
                json.writeStartObject();
                json.writeStringProperty("id", received.id().toString());
                json.writeStringProperty("source", received.source().code());
                json.writeStringProperty("name", orEmpty(contact.name()));
                json.writeStringProperty("email", orEmpty(contact.email()));
                json.writeStringProperty("phone", orEmpty(contact.phone()));
                json.writeNumberProperty("consent", contact.consent() ? 1 : 0);
                json.writeNumberProperty("received_at", received.receivedAt().getEpochSecond());
                json.writeNumberProperty("ingested_at", ingestedAt.getEpochSecond());
                json.writeEndObject();
            }
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
