package uz.fikr.analytics.report.archive;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-demand reports: {@code POST /api/v1/reports/runs} starts one (202 with the run and its {@code Location}),
 * {@code GET /api/v1/reports/runs/{runId}} tells how far it is and, once done, the archived report's id.
 */
@RestController
@RequestMapping("/api/v1/reports/runs")
class RunsController {


    private final ReportRuns runs;
    private final ReportFields fields;

    RunsController(ReportRuns runs, ReportFields fields) {
        this.runs = runs;
        this.fields = fields;
    }

    @PostMapping
    ResponseEntity<Run.RunStatus> start(@RequestBody RunBody body) {
        Run run = runs.start(body.toRequest(fields));
        return ResponseEntity.accepted().location(URI.create("/api/v1/reports/runs/" + run.id())).body(run.status());
    }

    @GetMapping("/{runId}")
    Run.RunStatus status(@PathVariable String runId) {
        UUID id = ReportFields.uuid("runId", runId, "a run id");
        return runs.find(id).map(Run::status).orElseThrow(() -> new ReportNotFoundException(
                "There is no run " + id + " on this instance (runs are kept in memory for a while after they end)"));
    }
}
