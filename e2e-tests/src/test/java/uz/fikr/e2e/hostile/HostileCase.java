package uz.fikr.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uz.fikr.testsupport.RawHttp.Header;

/**
 * One row of the corpus: the request (method, target, headers, body as bytes) and what must come back: the status
 * (one code where the truth is clear, else the acceptable ones), the shape of the body, the field a problem names,
 * text that must or must not be in the body, and, for the few requests that are valid by design, what gets stored.
 */
public record HostileCase(String group, String name, Service service, String method, String target,
        List<Header> headers, byte[] body, boolean framed, Set<Integer> statuses, Shape shape,
        @Nullable String field, List<String> present, List<String> absent, @Nullable Stored stored) {

    /** Which process the request goes to. */
    public enum Service { SURVEY, ANALYTICS }

    /** What the body must look like. */
    public enum Shape {
        /** {@code application/problem+json} with a detail or errors */
        PROBLEM,
        /** an HTML page (the reader's form and its refusals) */
        HTML,
        /** {@code application/json} acknowledging the submission by its id */
        ACKNOWLEDGED,
        /** a redirect, with the {@code Location} to go to */
        REDIRECT
    }

    /** What a case that is valid by design adds: one response (with its answer rows) or one piece of feedback. */
    public record Stored(Kind kind, UUID id, int answerRows, @Nullable String text) {
        public enum Kind { RESPONSE, FEEDBACK }
    }

    @Override
    public String toString() {
        return group + ": " + name;
    }

    public static Builder of(String group, String name) {
        return new Builder(group, name);
    }

    /** Builds a case; by default a 400 with a problem body. */
    public static final class Builder {
        private final String group;
        private final String name;
        private Service service = Service.SURVEY;
        private String method = "GET";
        private String target = "/";
        private final List<Header> headers = new ArrayList<>();
        private byte[] body = new byte[0];
        private boolean framed = true;
        private Set<Integer> statuses = Set.of(400);
        private Shape shape = Shape.PROBLEM;
        private @Nullable String field;
        private final List<String> present = new ArrayList<>();
        private final List<String> absent = new ArrayList<>();
        private @Nullable Stored stored;

        private Builder(String group, String name) {
            this.group = group;
            this.name = name;
        }

        public Builder request(Service to, String requestMethod, String requestTarget) {
            service = to;
            method = requestMethod;
            target = requestTarget;
            return this;
        }

        public Builder get(Service to, String requestTarget) {
            return request(to, "GET", requestTarget);
        }

        public Builder post(Service to, String requestTarget) {
            return request(to, "POST", requestTarget);
        }

        public Builder header(String headerName, String value) {
            headers.add(Header.of(headerName, value));
            return this;
        }

        public Builder rawHeader(String line) {
            headers.add(Header.raw(line));
            return this;
        }

        public Builder basic(String user, String password) {
            return header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }

        public Builder body(String contentType, byte[] bytes) {
            body = bytes;
            return header("Content-Type", contentType);
        }

        public Builder json(byte[] bytes) {
            return body("application/json", bytes);
        }

        public Builder json(String text) {
            return json(text.getBytes(StandardCharsets.UTF_8));
        }

        public Builder form(String urlEncoded) {
            return body("application/x-www-form-urlencoded", urlEncoded.getBytes(StandardCharsets.UTF_8));
        }

        /** Sends the head exactly as given: no Host, Connection or Content-Length is added. */
        public Builder unframed(byte[] bytes) {
            framed = false;
            body = bytes;
            return this;
        }

        public Builder expect(Integer... codes) {
            statuses = Set.copyOf(new TreeSet<>(List.of(codes)));
            return this;
        }

        public Builder shape(Shape expected) {
            shape = expected;
            return this;
        }

        /** A 400 problem whose {@code errors[].field} names this field. */
        public Builder field(String name) {
            field = name;
            return this;
        }

        public Builder contains(String text) {
            present.add(text);
            return this;
        }

        public Builder lacks(String text) {
            absent.add(text);
            return this;
        }

        /** Valid by design: acknowledged, and stored as given. */
        public Builder stores(Stored what) {
            stored = what;
            return this;
        }

        public HostileCase build() {
            return new HostileCase(group, name, service, method, target, List.copyOf(headers), body, framed,
                    statuses, shape, field, List.copyOf(present), List.copyOf(absent), stored);
        }
    }
}
