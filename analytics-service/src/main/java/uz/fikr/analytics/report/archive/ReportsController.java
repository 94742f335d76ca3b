package uz.fikr.analytics.report.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import uz.fikr.analytics.web.FieldError;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * The archive: {@code GET /api/v1/reports} (newest first), {@code GET /api/v1/reports/{id}} and the files
 * {@code GET /api/v1/reports/{id}/pdf|xlsx|csv}, exactly as generated, with their SHA-256 as ETag.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportsController {

    static final int MAX_LIMIT = 200;

    private final ReportArchive archive;

    ReportsController(ReportArchive archive) {
        this.archive = archive;
    }

    @GetMapping
    ReportArchive.ArchivePage list(@RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String offset) {
        List<FieldError> errors = new ArrayList<>();
        int rows = bounded("limit", limit, 50, 1, MAX_LIMIT, errors);
        int skipped = bounded("offset", offset, 0, 0, Integer.MAX_VALUE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
        return archive.page(rows, skipped);
    }

    @GetMapping("/{id}")
    ArchivedReport report(@PathVariable String id) {
        UUID reportId = reportId(id);
        return archive.find(reportId).orElseThrow(() -> unknown(reportId));
    }

    @GetMapping("/{id}/{format:pdf|xlsx|csv}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String format, WebRequest request) {
        UUID reportId = reportId(id);
        ReportFormat kind = ReportFormat.fromCode(format).orElseThrow();
        ArchivedReport report = archive.find(reportId).orElseThrow(() -> unknown(reportId));
        String etag = "\"" + report.file(kind).sha256() + "\"";
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).build();
        }
        byte[] bytes = archive.file(reportId, kind).orElseThrow(() -> unknown(reportId));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(kind.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(kind.fileName(report.fileName())).build().toString())
                .eTag(etag)
                .body(bytes);
    }

    private static UUID reportId(String id) {
        return ReportFields.uuid("id", id, "a report id");
    }

    private static ReportNotFoundException unknown(UUID id) {
        return new ReportNotFoundException("There is no archived report " + id);
    }

    private static int bounded(String field, @Nullable String value, int absent, int min, int max,
            List<FieldError> errors) {
        if (value == null) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return absent;
    }
}
