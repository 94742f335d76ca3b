package uz.fikr.e2e.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A network path between a service and its dependency that a test can break: cut (open connections are closed,
 * new ones dropped at once), slowed (every chunk of bytes waits before it is passed on, in both directions) or
 * throttled (slowed, and each direction of a connection carries at most so many bytes a second).
 * Listens on a free loopback port before it knows its target, so that a Kafka broker can advertise it.
 */
public final class FaultyLink implements AutoCloseable {

    private static final int CHUNK = 8192;

    private final ServerSocket server;
    private final CompletableFuture<InetSocketAddress> target = new CompletableFuture<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile long delayNanos;
    private volatile long bytesPerSecond;

    private FaultyLink() throws IOException {
        this.server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("faulty-link-" + server.getLocalPort()).start(this::acceptLoop);
    }

    /** A link that accepts connections now and holds them until {@link #to} names where they go. */
    public static FaultyLink open() {
        try {
            return new FaultyLink();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FaultyLink to(String host, int port) {
        target.complete(new InetSocketAddress(host, port));
        return this;
    }

    public int port() {
        return server.getLocalPort();
    }

    /** {@code scheme://127.0.0.1:port} of the link itself. */
    public URI url(String scheme) {
        return URI.create(scheme + "://127.0.0.1:" + port());
    }

    public void cut() {
        down = true;
        open.forEach(FaultyLink::closeQuietly);
        open.clear();
    }

    public void heal() {
        down = false;
        delayNanos = 0;
        bytesPerSecond = 0;
    }

    /** Every chunk of bytes, in either direction, waits this long before it is passed on. */
    public void slowDown(Duration perChunk) {
        delayNanos = perChunk.toNanos();
    }

    /**
     * A slow broker or a congested network: every chunk waits {@code perChunk}, and each direction of each connection
     * passes at most {@code bytesPerSecond}; what the sender writes faster waits in the socket buffers.
     */
    public void throttle(Duration perChunk, long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        slowDown(perChunk);
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    closeQuietly(client);
                    continue;
                }
                Thread.ofVirtual().start(() -> connect(client));
            } catch (IOException e) {
                // the link was closed
            }
        }
    }

    private void connect(Socket client) {
        try {
            InetSocketAddress address = target.get(30, TimeUnit.SECONDS);
            Socket upstream = new Socket(address.getHostString(), address.getPort());
            open.add(client);
            open.add(upstream);
            if (down) {
                closeQuietly(client);
                closeQuietly(upstream);
                return;
            }
            Thread.ofVirtual().start(() -> pump(client, upstream));
            pump(upstream, client);
        } catch (IOException | ExecutionException | TimeoutException e) {
            closeQuietly(client);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0 && !down) {
                long rate = bytesPerSecond;
                long delay = delayNanos + (rate > 0 ? read * 1_000_000_000L / rate : 0);
                if (delay > 0) {
                    TimeUnit.NANOSECONDS.sleep(delay);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
