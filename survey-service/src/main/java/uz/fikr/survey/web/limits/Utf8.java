package uz.fikr.survey.web.limits;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** Strict UTF-8: the JDK's decoder refuses overlong forms, surrogates and truncated sequences that parsers let by. */
final class Utf8 {

    private Utf8() {}

    /** The offset of the first byte that is not well-formed UTF-8; empty when all of them are. */
    static OptionalInt firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        return result.isError() ? OptionalInt.of(in.position()) : OptionalInt.empty();
    }
}
