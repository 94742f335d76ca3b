package uz.fikr.survey.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Draws a {@link QrCode}: as SVG, one path of the dark modules, or as a black-and-white PNG of a given size. */
final class QrImages {

    private QrImages() {}

    /**
     * One path in a view box of one unit per module, quiet zone included, so the code scales to any size sharply.
     * Each row's runs of dark modules become one rectangle.
     */
    static String svg(QrCode code) {
        int side = code.modulesWithQuietZone();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.modules(); y++) {
            int x = 0;
            while (x < code.modules()) {
                if (!code.dark(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < code.modules() && code.dark(x, y)) {
                    x++;
                }
                path.append('M').append(start + QrCode.QUIET_ZONE).append(' ').append(y + QrCode.QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %1$d %1$d" width="%2$d" height="%2$d" \
                shape-rendering="crispEdges" role="img">
                <title>%3$s</title>
                <rect width="%1$d" height="%1$d" fill="#fff"/>
                <path fill="#000" d="%4$s"/>
                </svg>
                """.formatted(side, side * 8, xml(code.text()), path);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A PNG of {@code size} by {@code size} pixels: every module the same whole number of pixels, the code centred
     * on white. When the code needs more than {@code size} pixels, one pixel per module.
     */
    static byte[] png(QrCode code, int size) {
        int scale = Math.max(1, size / code.modulesWithQuietZone());
        int side = Math.max(size, code.modulesWithQuietZone());
        int offset = (side - code.modules() * scale) / 2;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, side, side);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < code.modules(); y++) {
                for (int x = 0; x < code.modules(); x++) {
                    if (code.dark(x, y)) {
                        graphics.fillRect(offset + x * scale, offset + y * scale, scale, scale);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a QR code as PNG", e);
        }
        return png.toByteArray();
    }
}
