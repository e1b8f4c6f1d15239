package fi.vuoro.server.appointment;

import fi.vuoro.server.lobby.AppointmentFacts;
import fi.vuoro.server.lobby.AppointmentFactsSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What reception's greet rules need from a checked-in appointment: VIP, a declared accessibility need, a first visit.
 * Only these flags leave this feature (not the name or the need's text).
 */
@Component
class AppointmentGreetingFacts implements AppointmentFactsSource {

    private final AppointmentBook book;

    AppointmentGreetingFacts(AppointmentBook book) {
        this.book = book;
    }

    @Override
    public Optional<AppointmentFacts> lookup(String siteId, String appointmentReference) {
        return book.find(siteId, appointmentReference)
                .map(a -> new AppointmentFacts(
                        a.vip(),
                        a.accessibilityNeed() != null && !a.accessibilityNeed().isBlank(),
                        a.firstVisit()));
    }
}
