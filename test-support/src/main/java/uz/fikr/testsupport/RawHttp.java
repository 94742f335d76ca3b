package uz.fikr.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * HTTP/1.1 spoken over a plain socket, one request per connection: the request goes out byte for byte as the test
 * wrote it (invalid UTF-8, two Content-Length headers, a 64 KiB header, a raw NUL, a broken chunk), which no
 * ordinary client allows. The body is written on its own thread, so a server that answers before it has read everything is heard.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 20_000;
    private static final ExecutorService WRITERS = Executors.newVirtualThreadPerTaskExecutor();

    private RawHttp() {}

    /**
     * @param framed when true, {@code Host}, {@code Connection: close} and a {@code Content-Length} for the body
     *     are added; when false the head goes out exactly as given
     */
    public static Reply exchange(URI base, String method, String target, List<Header> headers, byte[] body,
            boolean framed) {
        byte[] request = request(base, method, target, headers, body, framed);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            Future<?> writing = WRITERS.submit(() -> {
                out.write(request);
                out.flush();
                return null;
            });
            byte[] raw = readAll(socket.getInputStream());
            finish(writing);
            return Reply.parse(raw, "HEAD".equals(method));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviated(target) + " got no answer", e);
        }
    }

    private static byte[] request(URI base, String method, String target, List<Header> headers, byte[] body,
            boolean framed) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (framed) {
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            head.append("Connection: close\r\n");
            if (body.length > 0 || method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
        }
        headers.forEach(header -> head.append(header.line()).append("\r\n"));
        head.append("\r\n");
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        request.writeBytes(body);
        return request.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                all.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // a server that refused a request may close before reading all of it; what it answered is kept
            if (all.size() == 0) {
                throw reset;
            }
        }
        return all.toByteArray();
    }

    /** A server that refused the body may have stopped reading it: a write cut short is no failure. */
    private static void finish(Future<?> writing) {
        try {
            writing.get();
        } catch (ExecutionException cutShort) {
            // the answer, which is what the case checks, has been read already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…(" + text.length() + " chars)";
    }

    /** One header line; {@link #raw} sends a line that is not {@code name: value} at all. */
    public record Header(String line) {

        public static Header of(String name, String value) {
            return new Header(name + ": " + value);
        }

        public static Header raw(String line) {
            return new Header(line);
        }
    }
}
