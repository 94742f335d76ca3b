package uz.fikr.analytics.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Rows in ClickHouse's RowBinary format, which every server version reads (18.16 included) and which costs
 * both sides less than JSON: each value in column order, numbers little-endian, strings and arrays prefixed
 * with their length as a LEB128 varint, a UUID as its two 64-bit halves (the most significant first, each
 * little-endian). One growing buffer, read back without a copy. Public so that the benchmark inserts exactly the
 * bytes the service inserts.
 */
public final class RowBinary {

    private byte[] bytes;
    private int size;

    RowBinary(int expectedBytes) {
        bytes = new byte[Math.max(expectedBytes, 64)];
    }

    public int size() {
        return size;
    }

    /** The rows written so far, without copying them. */
    public InputStream stream() {
        return new ByteArrayInputStream(bytes, 0, size);
    }

    /**
     * Slices of rows as one buffer, so that the insert's body can be read again from its start (the client retries
     * some failures by resetting the stream).
     */
    static RowBinary concat(List<RowBinary> slices) {
        if (slices.size() == 1) {
            return slices.getFirst();
        }
        RowBinary all = new RowBinary(slices.stream().mapToInt(RowBinary::size).sum());
        slices.forEach(all::append);
        return all;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    RowBinary uint8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    RowBinary uint16(int value) {
        ensure(2);
        bytes[size++] = (byte) value;
        bytes[size++] = (byte) (value >>> 8);
        return this;
    }

    RowBinary uint32(long value) {
        ensure(4);
        for (int shift = 0; shift < 32; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** DateTime: seconds since the epoch, as UInt32. */
    RowBinary dateTime(long epochSecond) {
        return uint32(epochSecond);
    }

    RowBinary float64(double value) {
        return int64(Double.doubleToRawLongBits(value));
    }

    RowBinary uuid(UUID value) {
        return int64(value.getMostSignificantBits()).int64(value.getLeastSignificantBits());
    }

    RowBinary string(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        varint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
        return this;
    }

    RowBinary strings(List<String> values) {
        varint(values.size());
        for (String value : values) {
            string(value);
        }
        return this;
    }

    /** Appends what {@code other} holds: the columns every answer row of a response shares are encoded once. */
    RowBinary append(RowBinary other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    /** Empties the buffer for reuse. */
    void clear() {
        size = 0;
    }

    private RowBinary int64(long value) {
        ensure(8);
        for (int shift = 0; shift < 64; shift += 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    private void varint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
