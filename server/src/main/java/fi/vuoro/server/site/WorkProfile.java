package fi.vuoro.server.site;

import java.util.List;
import java.util.Optional;

/**
 * Which services a counter serves and how it chooses between them. A lower {@code rank} is served first (a lab
 * counter that helps with vaccinations only when no lab visitor waits); within one rank, {@code weight} scales the
 * time waited, so a weight-2 service is called about twice as often as a weight-1 one under equal load.
 */
public record WorkProfile(List<Entry> entries) {

    public WorkProfile {
        entries = List.copyOf(entries);
    }

    public record Entry(String serviceId, int rank, int weight) {

        public Entry {
            if (rank < 1 || weight < 1) {
                throw new IllegalArgumentException("rank and weight must be at least 1");
            }
        }
    }

    public Optional<Entry> entryFor(String serviceId) {
        return entries.stream().filter(e -> e.serviceId().equals(serviceId)).findFirst();
    }

    public boolean serves(String serviceId) {
        return entryFor(serviceId).isPresent();
    }
}
