package uz.fikr.dashboard.service;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * A file a service serves, as it serves it.
 *
 * @param content the bytes, still streaming from the service: close it
 * @param fileName the name from the service's {@code Content-Disposition}, or null when it gave none
 * @param contentType the service's {@code Content-Type}, or null
 * @param length the length in bytes, or -1 when the service did not say
 */
public record ServedFile(InputStream content, @Nullable String fileName, @Nullable String contentType,
        long length) {
}
