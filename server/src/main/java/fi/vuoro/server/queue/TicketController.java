package fi.vuoro.server.queue;

import fi.vuoro.server.queue.ApiBodies.AddNote;
import fi.vuoro.server.queue.ApiBodies.Complete;
import fi.vuoro.server.queue.ApiBodies.RaisePriority;
import fi.vuoro.server.queue.ApiBodies.Transfer;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One ticket: read it and move it through its life. Invalid transitions answer 409 with the reason. */
@RestController
@RequestMapping(path = "/api/v1/tickets/{id}", produces = "application/json")
@Tag(name = "Tickets", description = "Ticket state and actions")
class TicketController {

    private final QueueCommands queue;
    private final QueueReader reader;

    TicketController(QueueCommands queue, QueueReader reader) {
        this.queue = queue;
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "A ticket with its live position and estimated wait")
    TicketView get(@PathVariable String id) {
        return reader.find(id).orElseThrow(() -> new NotFoundException("No ticket '" + id + "'"));
    }

    @GetMapping("/visit")
    @Operation(summary = "The ticket's visit: all its tickets, history and hand-over notes (staff)")
    VisitRecord visit(@PathVariable String id) {
        return queue.visitOf(id);
    }

    @PostMapping("/recall")
    @Operation(summary = "Call again (counted); past the configured recalls the ticket becomes NO_SHOW")
    TicketView recall(@PathVariable String id, Principal p) {
        return queue.recall(id, actor(p));
    }

    @PostMapping("/start")
    TicketView start(@PathVariable String id, Principal p) {
        return queue.start(id, actor(p));
    }

    @PostMapping(path = "/complete", consumes = "application/json")
    TicketView complete(@PathVariable String id, @Valid @RequestBody Complete body, Principal p) {
        return queue.complete(id, body.outcome(), actor(p));
    }

    @PostMapping("/no-show")
    TicketView noShow(@PathVariable String id, Principal p) {
        return queue.noShow(id, actor(p));
    }

    @PostMapping("/park")
    TicketView park(@PathVariable String id, Principal p) {
        return queue.park(id, actor(p));
    }

    @PostMapping("/return")
    TicketView returnToQueue(@PathVariable String id, Principal p) {
        return queue.returnToQueue(id, actor(p));
    }

    @PostMapping("/cancel")
    TicketView cancel(@PathVariable String id, Principal p) {
        return queue.cancel(id, actor(p));
    }

    @PostMapping(path = "/transfer", consumes = "application/json")
    @Operation(
            summary = "Transfer to another service (optionally one counter) with a required hand-over note;"
                    + " returns the new waiting ticket")
    TicketView transfer(@PathVariable String id, @Valid @RequestBody Transfer body, Principal p) {
        return queue.transfer(id, body.serviceId(), body.counterId(), body.note(), actor(p));
    }

    @PostMapping(path = "/priority", consumes = "application/json")
    @Operation(summary = "Raise the priority class, with a reason")
    TicketView priority(@PathVariable String id, @Valid @RequestBody RaisePriority body, Principal p) {
        return queue.raisePriority(id, body.priority(), body.reason(), actor(p));
    }

    @PostMapping(path = "/notes", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Add a note to the ticket's visit")
    void note(@PathVariable String id, @Valid @RequestBody AddNote body, Principal p) {
        queue.addNote(id, body.text(), actor(p));
    }

    static String actor(Principal p) {
        return p == null ? null : p.getName();
    }
}
