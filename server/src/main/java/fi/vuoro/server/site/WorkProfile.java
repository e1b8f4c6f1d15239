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

    /** A plain loop over a handful of entries: the wait forecast asks this for every simulated call. */
    public Optional<Entry> entryFor(String serviceId) {
        for (Entry e : entries) {
            if (e.serviceId().equals(serviceId)) return Optional.of(e);
        }
        return Optional.empty();
    }

    public boolean serves(String serviceId) {
        for (Entry e : entries) {
            if (e.serviceId().equals(serviceId)) return true;
        }
        return false;
    }
}
