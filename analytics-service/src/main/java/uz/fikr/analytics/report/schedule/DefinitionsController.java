package uz.fikr.analytics.report.schedule;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uz.fikr.analytics.report.archive.ReportFields;
import uz.fikr.analytics.report.archive.ReportNotFoundException;
import uz.fikr.analytics.web.InvalidParametersException;

/**
 * Report definitions: {@code GET /api/v1/reports/definitions}, {@code PUT} and {@code DELETE .../{id}}, and what
 * was sent for one, {@code GET .../{id}/deliveries}.
 */
@RestController
@RequestMapping("/api/v1/reports/definitions")
class DefinitionsController {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final ReportDefinitions definitions;
    private final ReportDeliveries deliveries;
    private final ReportFields fields;
    private final Clock clock;

    DefinitionsController(ReportDefinitions definitions, ReportDeliveries deliveries, ReportFields fields,
            Clock clock) {
        this.definitions = definitions;
        this.deliveries = deliveries;
        this.fields = fields;
        this.clock = clock;
    }

    @GetMapping
    Map<String, List<DefinitionView>> list() {
        return Map.of("definitions", definitions.all().stream().map(this::view).toList());
    }

    @GetMapping("/{id}")
    DefinitionView one(@PathVariable String id) {
        return view(existing(id));
    }

    @PutMapping("/{id}")
    DefinitionView put(@PathVariable String id, @RequestBody DefinitionBody body) {
        ReportDefinition definition = body.toDefinition(id, fields);
        definitions.save(definition);
        return view(definition);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!definitions.delete(checked(id))) {
            throw unknown(id);
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    Map<String, List<Delivery>> deliveries(@PathVariable String id) {
        existing(id);
        return Map.of("deliveries", deliveries.history(id));
    }

    private ReportDefinition existing(String id) {
        return definitions.find(checked(id)).orElseThrow(() -> unknown(id));
    }

    private DefinitionView view(ReportDefinition definition) {
        List<Delivery> history = deliveries.history(definition.id());
        ZonedDateTime next = CronExpression.parse(definition.cron())
                .next(clock.instant().atZone(definition.timeZone()));
        @Nullable String nextRun = definition.enabled() && next != null ? next.toOffsetDateTime().toString() : null;
        return DefinitionView.of(definition, nextRun, history.isEmpty() ? null : history.getFirst());
    }

    private static String checked(String id) {
        if (!ID.matcher(id).matches()) {
            throw InvalidParametersException.of("id", "must be lower-case letters, digits and '-', at most 64");
        }
        return id;
    }

    private static ReportNotFoundException unknown(String id) {
        return new ReportNotFoundException("There is no report definition " + id);
    }
}
