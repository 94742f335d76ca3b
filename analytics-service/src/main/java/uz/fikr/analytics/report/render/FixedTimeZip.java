package uz.fikr.analytics.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Gives every entry of a ZIP file (an XLSX is one) the same time, written as local date and time so that no time
 * zone shifts it: the clock no longer leaks into the bytes. Apache POI stamps entries with the moment it writes.
 */
final class FixedTimeZip {

    private FixedTimeZip() {
    }

    static ZipEntry entry(String name, LocalDateTime time) {
        var entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        return entry;
    }

    static byte[] rewrite(byte[] zip, LocalDateTime time) {
        var out = new ByteArrayOutputStream(zip.length);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip)); var rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                rewritten.putNextEntry(entry(entry.getName(), time));
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot rewrite a ZIP file in memory", ex);
        }
        return out.toByteArray();
    }
}
