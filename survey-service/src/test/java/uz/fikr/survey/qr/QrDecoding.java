package uz.fikr.survey.qr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Reads QR codes back as a phone would: a PNG as it is, an SVG after drawing its path. */
final class QrDecoding {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");

    private QrDecoding() {}

    static BufferedImage image(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result decodePng(byte[] png) {
        return decode(image(png));
    }

    /** Draws the SVG's runs of dark modules, four pixels per module, and reads the code from that. */
    static Result decodeSvg(String svg) {
        Matcher viewBox = VIEW_BOX.matcher(svg);
        if (!viewBox.find()) {
            throw new AssertionError("No viewBox in " + svg);
        }
        int scale = 4;
        int side = Integer.parseInt(viewBox.group(1)) * scale;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, side, side);
        graphics.setColor(Color.BLACK);
        Matcher run = RUN.matcher(svg);
        while (run.find()) {
            graphics.fillRect(Integer.parseInt(run.group(1)) * scale, Integer.parseInt(run.group(2)) * scale,
                    Integer.parseInt(run.group(3)) * scale, scale);
        }
        graphics.dispose();
        return decode(image);
    }

    static Result decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, height, pixels))));
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("The image holds no readable QR code", e);
        }
    }
}
