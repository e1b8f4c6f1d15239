package fi.vuoro.server.offline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Request and response bodies of the offline API, field names exactly as in docs/device-channel.md. */
final class OfflineBodies {

    static final int MAX_BLOCK_SIZE = 200;
    static final int MAX_TICKETS_PER_IMPORT = 500;

    private OfflineBodies() {}

    record LeaseRequest(
            @NotBlank @Size(max = 40) String serviceId,
            @NotNull @Min(1) @Max(MAX_BLOCK_SIZE) Integer size) {}

    /**
     * @param serviceDay the site's business day the numbers belong to
     * @param timeZone the site's time zone (IANA id), in which the kiosk reckons that day while offline: its own
     *     clock may run in another zone
     */
    record BlockLeased(
            String blockId,
            String serviceId,
            LocalDate serviceDay,
            String prefix,
            int first,
            int last,
            String timeZone) {

        static BlockLeased of(NumberBlock b, ZoneId timeZone) {
            return new BlockLeased(
                    b.id(), b.serviceId(), b.serviceDay(), b.prefix(), b.first(), b.last(), timeZone.getId());
        }
    }

    record ImportRequest(
            @NotEmpty @Size(max = MAX_TICKETS_PER_IMPORT) List<@Valid @NotNull OfflineTicketItem> tickets) {}

    record OfflineTicketItem(
            @NotBlank
            @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold letters, digits and . _ : - only")
            String idempotencyKey,

            @NotBlank @Size(max = 36) String blockId,
            @NotNull @Min(1) Integer number,
            @NotBlank @Size(max = 40) String serviceId,
            @Size(min = 2, max = 5) String language,
            @NotNull Instant issuedAt) {}

    record ImportResults(List<ImportResult> results) {}

    record ImportResult(String idempotencyKey, String status, String ticketId, String message) {
        static final String IMPORTED = "IMPORTED";
        static final String ALREADY_IMPORTED = "ALREADY_IMPORTED";
        static final String REJECTED = "REJECTED";
    }
}
