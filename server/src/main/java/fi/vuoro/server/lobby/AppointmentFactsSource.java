package fi.vuoro.server.lobby;

import java.util.Optional;

/**
 * Where greeting facts of a checked-in appointment come from. An appointment feature provides a bean of this type;
 * without one, only the facts on the ticket itself count.
 */
public interface AppointmentFactsSource {

    Optional<AppointmentFacts> lookup(String siteId, String appointmentReference);
}
