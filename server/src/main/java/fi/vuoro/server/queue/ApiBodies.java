package fi.vuoro.server.queue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the queue REST API. */
final class ApiBodies {

    private ApiBodies() {}

    record IssueTicket(
            @NotBlank @Size(max = 40) String serviceId,
            @Size(min = 2, max = 5) String language,
            PriorityClass priority,
            PriorityReason priorityReason,
            @Size(max = 60) String appointmentReference,
            Instant appointmentAt,

            @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold letters, digits and . _ : - only")
            String idempotencyKey) {}

    record Complete(@NotBlank @Size(max = 60) String outcome) {}

    record Transfer(
            @NotBlank @Size(max = 40) String serviceId,
            @Size(max = 40) String counterId,
            @NotBlank @Size(max = 2000) String note) {}

    record RaisePriority(
            @NotNull PriorityClass priority, @NotNull PriorityReason reason) {}

    record AddNote(@NotBlank @Size(max = 2000) String text) {}

    /** A service as kiosk tiles show it: names and guidance in every language, live wait. */
    record ServiceInfo(
            String id,
            String prefix,
            Map<String, String> names,
            Map<String, String> whereToGo,
            long targetWaitSeconds,
            boolean greetPersonally,
            boolean open,
            int waiting,
            Long estimatedWaitSeconds) {}

    record CounterInfo(
            String id, String name, boolean open, List<ProfileEntry> workProfile, List<TicketView> currentTickets) {}

    record ProfileEntry(String serviceId, int rank, int weight) {}
}
