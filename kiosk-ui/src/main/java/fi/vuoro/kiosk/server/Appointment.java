package fi.vuoro.kiosk.server;

import java.time.Instant;

/** A booked appointment as {@code GET /api/v1/sites/{site}/appointments/...} returns it. */
public record Appointment(String reference, String serviceId, String visitorName, Instant at) {}
