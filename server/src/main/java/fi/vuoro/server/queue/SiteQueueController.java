package fi.vuoro.server.queue;

import fi.vuoro.server.queue.ApiBodies.CounterInfo;
import fi.vuoro.server.queue.ApiBodies.IssueTicket;
import fi.vuoro.server.queue.ApiBodies.ProfileEntry;
import fi.vuoro.server.queue.ApiBodies.ServiceInfo;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A site's queue: its services with live waits, its counters, the snapshot, and issuing tickets. */
@RestController
@RequestMapping(path = "/api/v1/sites/{site}", produces = "application/json")
@Tag(name = "Sites", description = "Services, counters, the live queue and ticket issue for one site")
class SiteQueueController {

    private final SiteDirectory directory;
    private final QueueReader reader;
    private final QueueCommands queue;

    SiteQueueController(SiteDirectory directory, QueueReader reader, QueueCommands queue) {
        this.directory = directory;
        this.reader = reader;
        this.queue = queue;
    }

    @GetMapping("/services")
    @Operation(summary = "Services (visit reasons) with waiting count and the estimated wait for a ticket taken now")
    List<ServiceInfo> services(@PathVariable String site) {
        QueueSnapshot snapshot = reader.snapshot(site);
        Map<String, QueueSnapshot.ServiceSummary> summaries = snapshot.services().stream()
                .collect(Collectors.toMap(QueueSnapshot.ServiceSummary::serviceId, Function.identity()));
        return directory.services(site).stream()
                .map(s -> {
                    QueueSnapshot.ServiceSummary sum = summaries.get(s.id());
                    return new ServiceInfo(
                            s.id(),
                            s.prefix(),
                            s.names(),
                            s.whereToGo(),
                            s.targetWait().toSeconds(),
                            s.greetPersonally(),
                            sum.open(),
                            sum.waiting(),
                            sum.estimatedWaitSeconds() < 0 ? null : sum.estimatedWaitSeconds());
                })
                .toList();
    }

    @GetMapping("/queue")
    @Operation(summary = "Snapshot of the open tickets at one change sequence number (resync point for STOMP clients)")
    QueueSnapshot queue(@PathVariable String site) {
        return reader.snapshot(site);
    }

    @GetMapping("/counters")
    @Operation(summary = "Counters with open state, work profile and the tickets they currently hold")
    List<CounterInfo> counters(@PathVariable String site) {
        directory.site(site).orElseThrow(() -> new NotFoundException("No site '" + site + "'"));
        List<TicketView> tickets = reader.snapshot(site).tickets();
        return directory.counters(site).stream()
                .map(c -> new CounterInfo(
                        c.id(),
                        c.name(),
                        c.open(),
                        c.workProfile().entries().stream()
                                .map(e -> new ProfileEntry(e.serviceId(), e.rank(), e.weight()))
                                .toList(),
                        tickets.stream()
                                .filter(t -> c.id().equals(t.counterId()) && t.status() != TicketStatus.WAITING)
                                .toList()))
                .toList();
    }

    @PostMapping(path = "/tickets", consumes = "application/json")
    @Operation(
            summary = "Issue a ticket",
            description = "Retries with the same idempotency key (body field or Idempotency-Key header) return the"
                    + " first ticket instead of issuing another.")
    ResponseEntity<TicketView> issue(
            @PathVariable String site,
            @Valid @RequestBody IssueTicket body,
            @Parameter(description = "Same as the body field idempotencyKey")
                    @RequestHeader(name = "Idempotency-Key", required = false)
                    @Size(max = 100)
                    @Pattern(regexp = "[A-Za-z0-9._:-]+")
                    String idempotencyHeader,
            Principal principal) {
        String key = body.idempotencyKey() != null ? body.idempotencyKey() : idempotencyHeader;
        TicketView ticket = queue.issue(new IssueRequest(
                site,
                body.serviceId(),
                body.language(),
                body.priority(),
                body.priorityReason(),
                body.appointmentReference(),
                body.appointmentAt(),
                key,
                principal == null ? null : principal.getName()));
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + ticket.id()))
                .body(ticket);
    }
}
