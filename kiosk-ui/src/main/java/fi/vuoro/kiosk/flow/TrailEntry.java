package fi.vuoro.kiosk.flow;

import java.time.Instant;

/** One thing the visitor did, kept so reception does not have to ask them to start over. */
public record TrailEntry(Instant at, String what) {}
