package fi.vuoro.server.admin;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sites/{site}/ticket-layout} for kiosks (own site) and staff; see docs/device-channel.md. */
@RestController
class TicketLayoutController {

    record Logo(int width, int height, String raster) {}

    record Layout(
            String siteId, Map<String, String> header, Map<String, String> footer, Logo logo, Instant updatedAt) {}

    private final TicketLayouts layouts;

    TicketLayoutController(TicketLayouts layouts) {
        this.layouts = layouts;
    }

    @GetMapping("/api/v1/sites/{site}/ticket-layout")
    @Operation(summary = "The site's ticket header, footer (fi/sv/en) and logo as a 1-bit ESC/POS raster (Base64)")
    Layout layout(@PathVariable String site) {
        var l = layouts.layout(site);
        var logo = l.logo() == null
                ? null
                : new Logo(
                        l.logo().width(),
                        l.logo().height(),
                        Base64.getEncoder().encodeToString(l.logo().bits()));
        return new Layout(l.siteId(), l.header(), l.footer(), logo, l.updatedAt());
    }
}
