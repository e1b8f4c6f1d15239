package fi.vuoro.hardware.emulator;

/**
 * What the emulator has seen, for tests and the diagnostics tool.
 *
 * @param ticketsDiscarded tickets cut while out of paper or with the cover open
 * @param droppedElements elements beyond a ticket's bound (a stream that never cuts)
 * @param pendingBytes bytes waiting for the rest of a command
 */
public record EmulatorCounters(
        long bytesReceived,
        long unknownBytes,
        long statusRequests,
        long ticketsPrinted,
        long ticketsDiscarded,
        long droppedElements,
        int pendingBytes) {}
