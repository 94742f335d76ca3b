package uz.fikr.survey.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class QrImagesTests {

    private static final String LINK = "https://fikr.example.uz/s/demo?src=qr&branch=central";

    @Test
    void a_png_reads_back_as_the_link_with_medium_error_correction() {
        var result = QrDecoding.decodePng(QrImages.png(QrCode.encode(LINK), 512));

        assertThat(result.getText()).isEqualTo(LINK);
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void a_png_has_the_asked_size_and_a_white_quiet_zone_of_four_modules() {
        QrCode code = QrCode.encode(LINK);
        BufferedImage image = QrDecoding.image(QrImages.png(code, 300));
        int module = 300 / code.modulesWithQuietZone();
        int border = (300 - code.modules() * module) / 2;

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
        assertThat(border).isGreaterThanOrEqualTo(4 * module);
        for (int i = 0; i < 300; i++) {
            assertThat(image.getRGB(i, border - 1) & 0xffffff).as("row above the code").isEqualTo(0xffffff);
            assertThat(image.getRGB(border - 1, i) & 0xffffff).as("column left of the code").isEqualTo(0xffffff);
        }
    }

    @Test
    void the_smallest_png_still_reads() {
        assertThat(QrDecoding.decodePng(QrImages.png(QrCode.encode(LINK), QrLinks.MIN_SIZE)).getText())
                .isEqualTo(LINK);
    }

    @Test
    void an_svg_reads_back_as_the_link_and_names_it_in_its_title() {
        String svg = QrImages.svg(QrCode.encode(LINK));

        assertThat(QrDecoding.decodeSvg(svg).getText()).isEqualTo(LINK);
        assertThat(svg).contains("<title>https://fikr.example.uz/s/demo?src=qr&amp;branch=central</title>")
                .contains("shape-rendering=\"crispEdges\"")
                .containsOnlyOnce("<path ");
    }

    @Test
    void an_svg_keeps_four_light_modules_around_the_code() {
        QrCode code = QrCode.encode(LINK);
        String svg = QrImages.svg(code);

        assertThat(svg).contains("viewBox=\"0 0 %1$d %1$d\"".formatted(code.modules() + 8));
        assertThat(svg).contains("M4 4h7v1h-7z"); // the top-left finder pattern starts four modules in
    }
}
