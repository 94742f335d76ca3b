package uz.fikr.survey.qr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.survey.web.FieldError;

/**
 * A survey's QR code, to print on a poster, a bookmark or a shelf label. The code opens the form with
 * {@code src=qr} and, when asked for, the branch the code hangs in.
 */
@RestController
class QrController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final QrLinks links;

    QrController(QrLinks links) {
        this.links = links;
    }

    @GetMapping("/s/{surveyId}/qr.svg")
    ResponseEntity<String> svg(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String branch) {
        links.survey(surveyId);
        List<FieldError> errors = new ArrayList<>();
        String validBranch = QrLinks.branch(branch, errors);
        QrLinks.refuseIfAny(errors);
        QrCode code = QrCode.encode(links.encoded(surveyId, validBranch));
        return ResponseEntity.ok().cacheControl(ONE_HOUR).contentType(SVG).body(QrImages.svg(code));
    }

    @GetMapping("/s/{surveyId}/qr.png")
    ResponseEntity<byte[]> png(@PathVariable String surveyId, @RequestParam(required = false) @Nullable String size,
            @RequestParam(required = false) @Nullable String branch) {
        links.survey(surveyId);
        List<FieldError> errors = new ArrayList<>();
        String validBranch = QrLinks.branch(branch, errors);
        int pixels = QrLinks.size(size, errors);
        QrLinks.refuseIfAny(errors);
        QrCode code = QrCode.encode(links.encoded(surveyId, validBranch));
        return ResponseEntity.ok().cacheControl(ONE_HOUR).contentType(MediaType.IMAGE_PNG)
                .body(QrImages.png(code, pixels));
    }
}
