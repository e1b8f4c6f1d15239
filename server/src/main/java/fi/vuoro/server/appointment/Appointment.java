package fi.vuoro.server.appointment;

import java.time.Instant;

/**
 * One booked appointment.
 *
 * @param visitorName the name the kiosk greets with ("Welcome, Anna"); personal data
 * @param accessibilityNeed free text for staff (e.g. "wheelchair"), or {@code null}
 * @param firstVisit whether the booking system says it is the visitor's first visit; {@code null} when it does not say
 */
public record Appointment(
        String reference,
        String siteId,
        String serviceId,
        String visitorName,
        Instant at,
        boolean vip,
        String accessibilityNeed,
        Boolean firstVisit) {}
