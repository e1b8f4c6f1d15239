package fi.vuoro.server.offline;

import fi.vuoro.server.offline.OfflineBodies.BlockLeased;
import fi.vuoro.server.offline.OfflineBodies.ImportRequest;
import fi.vuoro.server.offline.OfflineBodies.ImportResults;
import fi.vuoro.server.offline.OfflineBodies.LeaseRequest;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The kiosk's offline number blocks and the import of tickets it issued from them. Kiosks only, own site. */
@RestController
@RequestMapping(path = "/api/v1/devices/me", produces = "application/json")
@Tag(name = "Offline issuing", description = "Number blocks leased by kiosks and the import of offline tickets")
class OfflineController {

    private final NumberBlocks blocks;
    private final OfflineImports imports;
    private final SiteDirectory sites;

    OfflineController(NumberBlocks blocks, OfflineImports imports, SiteDirectory sites) {
        this.blocks = blocks;
        this.imports = imports;
        this.sites = sites;
    }

    @PostMapping(path = "/number-blocks", consumes = "application/json")
    @Operation(
            summary = "Lease a block of numbers for offline issuing",
            description = "The numbers come from the service's counter of today, so no online ticket gets them."
                    + " The answer names the site's time zone, in which the kiosk reckons the business day offline.")
    ResponseEntity<BlockLeased> lease(@Valid @RequestBody LeaseRequest body, Authentication auth) {
        var block = blocks.lease(kiosk(auth), body.serviceId(), body.size());
        var zone = sites.site(block.siteId())
                .orElseThrow(() -> new NotFoundException("No site '" + block.siteId() + "'"))
                .timeZone();
        return ResponseEntity.status(HttpStatus.CREATED).body(BlockLeased.of(block, zone));
    }

    @PostMapping(path = "/offline-tickets", consumes = "application/json")
    @Operation(
            summary = "Import tickets issued offline",
            description = "One answer per ticket: IMPORTED, ALREADY_IMPORTED (safe retry) or REJECTED with a message."
                    + " Imported tickets queue by issuedAt.")
    ImportResults importTickets(@Valid @RequestBody ImportRequest body, Authentication auth) {
        return new ImportResults(imports.importAll(kiosk(auth), body.tickets()));
    }

    private static DevicePrincipal kiosk(Authentication auth) {
        if (auth != null
                && auth.getPrincipal() instanceof DevicePrincipal device
                && device.kind() == DevicePrincipal.Kind.KIOSK) {
            return device;
        }
        throw new AccessDeniedException("Only a kiosk leases number blocks and imports offline tickets");
    }
}
