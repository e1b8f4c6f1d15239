package fi.vuoro.server.feedback;

import fi.vuoro.server.security.DevicePrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/feedback}: a kiosk of the ticket's site, or staff. 201 when new, 200 when it replaced one. */
@RestController
@RequestMapping(path = "/api/v1/feedback", produces = "application/json")
@Tag(name = "Feedback", description = "Visitors' ratings of today's visit")
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    record FeedbackBody(
            @Size(max = 36) String ticketId,
            @Size(max = 40) String siteId,
            @Size(max = 10) String number,
            @NotNull @Min(1) @Max(5) Integer rating,
            @Size(max = 6) List<@NotNull @Size(max = 30) String> reasons,
            @NotNull FeedbackChannel channel,
            @Size(min = 2, max = 5) String language) {}

    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Record a visitor's rating of today's visit",
            description = "Name the visit by ticketId, or by siteId and the printed number. One answer per visit and"
                    + " channel: a second one replaces the first (200 instead of 201).")
    ResponseEntity<Map<String, String>> record(@Valid @RequestBody FeedbackBody body, Authentication auth) {
        String siteId = body.siteId();
        if (auth != null && auth.getPrincipal() instanceof DevicePrincipal device) {
            if (device.kind() != DevicePrincipal.Kind.KIOSK) {
                throw new AccessDeniedException("Only kiosks and staff record feedback");
            }
            if (siteId != null && !siteId.equals(device.siteId())) {
                throw new AccessDeniedException("A kiosk records feedback for its own site only");
            }
            if (body.channel() != FeedbackChannel.KIOSK) {
                throw new fi.vuoro.server.system.InvalidInputException("A kiosk records channel KIOSK only");
            }
            siteId = device.siteId();
        }
        var receipt = feedback.record(new FeedbackSubmission(
                siteId,
                body.ticketId(),
                body.number(),
                body.rating(),
                body.reasons(),
                body.channel(),
                body.language()));
        return ResponseEntity.status(receipt.replaced() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(Map.of("feedbackId", receipt.feedbackId()));
    }
}
