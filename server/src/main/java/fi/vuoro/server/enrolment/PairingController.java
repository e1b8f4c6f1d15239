package fi.vuoro.server.enrolment;

import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.system.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Pairing for devices without a token (anonymous; see docs/device-channel.md). */
@RestController
@RequestMapping("/api/v1/pairings")
class PairingController {

    /** Requests per address per window; a kiosk needs one per 15 minutes. */
    static final int REQUESTS_PER_WINDOW = 5;

    static final Duration WINDOW = Duration.ofMinutes(10);

    record PairingRequest(String type) {}

    private final Pairings pairings;
    private final PairingThrottle throttle;

    PairingController(Pairings pairings, Clock clock) {
        this.pairings = pairings;
        this.throttle = new PairingThrottle(REQUESTS_PER_WINDOW, WINDOW, clock);
    }

    @PostMapping
    @Operation(summary = "A device without a token asks for a pairing code (anonymous, throttled per address)")
    ResponseEntity<?> request(@RequestBody(required = false) PairingRequest body, HttpServletRequest request) {
        DevicePrincipal.Kind kind = kindOf(body == null ? null : body.type());
        var wait = throttle.acquire(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many pairing requests from this address; try again in " + seconds + " s");
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .body(problem);
        }
        Pairings.PairingRequested created = pairings.request(kind, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @GetMapping("/{pairingId}")
    @Operation(summary = "The device polls its pairing: PENDING, then PAIRED with the token exactly once, then CLAIMED")
    ResponseEntity<?> poll(@PathVariable String pairingId) {
        return switch (pairings.poll(pairingId)) {
            case Pairings.PollOutcome.Found found -> ResponseEntity.ok(found.result());
            case Pairings.PollOutcome.Unknown u ->
                ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such pairing"));
            case Pairings.PollOutcome.Expired e ->
                ResponseEntity.status(HttpStatus.GONE)
                        .body(ProblemDetail.forStatusAndDetail(
                                HttpStatus.GONE, "The pairing code expired; ask for a new one"));
        };
    }

    private static DevicePrincipal.Kind kindOf(String type) {
        if (type == null || type.isBlank()) {
            return DevicePrincipal.Kind.KIOSK;
        }
        try {
            return DevicePrincipal.Kind.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type must be KIOSK or DISPLAY, not '" + type + "'");
        }
    }
}
