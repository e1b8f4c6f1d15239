package fi.vuoro.server.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin only (see {@code ApiAccessRules}): run the retention purge now, and see what recent runs purged. */
@RestController
@RequestMapping(path = "/api/v1/retention/runs", produces = "application/json")
@Tag(name = "Retention", description = "Purging personal data past its retention period")
class RetentionController {

    private final RetentionJob job;

    RetentionController(RetentionJob job) {
        this.job = job;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Purge now; returns what was purged per kind")
    PurgeRun run(Principal principal) {
        return job.runNow(principal.getName());
    }

    @GetMapping
    @Operation(summary = "The last 30 runs, newest first")
    List<PurgeRun> recent() {
        return job.recentRuns(30);
    }
}
