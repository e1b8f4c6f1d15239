package fi.vuoro.server.queue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What a counter does: call the next ticket by its work profile, call a specific one, open and close. */
@RestController
@RequestMapping(path = "/api/v1/counters/{counter}", produces = "application/json")
@Tag(name = "Counters", description = "Calling tickets to a counter")
class CounterController {

    private final QueueCommands queue;

    CounterController(QueueCommands queue) {
        this.queue = queue;
    }

    @PostMapping("/call-next")
    @Operation(summary = "Call the next ticket this counter serves, by work profile and priority")
    @ApiResponse(responseCode = "200", description = "The called ticket")
    @ApiResponse(responseCode = "204", description = "Nobody this counter serves is waiting")
    ResponseEntity<TicketView> callNext(@PathVariable String counter, Principal p) {
        return queue.callNext(counter, TicketController.actor(p))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/call/{ticketId}")
    @Operation(summary = "Call one specific waiting ticket to this counter")
    TicketView call(@PathVariable String counter, @PathVariable String ticketId, Principal p) {
        return queue.call(counter, ticketId, TicketController.actor(p));
    }

    @PostMapping("/open")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Open the counter: it is called to and counted in estimates")
    void open(@PathVariable String counter, Principal p) {
        queue.setCounterOpen(counter, true, TicketController.actor(p));
    }

    @PostMapping("/close")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close the counter: nobody is called to it and estimates leave it out")
    void close(@PathVariable String counter, Principal p) {
        queue.setCounterOpen(counter, false, TicketController.actor(p));
    }
}
