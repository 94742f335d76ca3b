package uz.fikr.survey.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The modules of a QR code for one text, error correction level M (a code that is a little scratched or badly
 * printed still reads). Coordinates count modules, without the quiet zone around the code.
 */
final class QrCode {

    /** The light border scanners need around a code, in modules. */
    static final int QUIET_ZONE = 4;

    private final String text;
    private final ByteMatrix matrix;

    private QrCode(String text, ByteMatrix matrix) {
        this.text = text;
        this.matrix = matrix;
    }

    static QrCode encode(String text) {
        try {
            return new QrCode(text, Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text.length() + " characters as a QR code", e);
        }
    }

    String text() {
        return text;
    }

    /** Modules per side, without the quiet zone. */
    int modules() {
        return matrix.getWidth();
    }

    /** Modules per side, with the quiet zone on both sides. */
    int modulesWithQuietZone() {
        return modules() + 2 * QUIET_ZONE;
    }

    boolean dark(int x, int y) {
        return matrix.get(x, y) == 1;
    }
}
