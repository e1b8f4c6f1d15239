package fi.vuoro.hardware.printer;

import fi.vuoro.hardware.escpos.PrinterStatus;
import java.time.Instant;

/** The printer's status changed, e.g. to paper out; the kiosk tells reception and the health board. */
public record PrinterStatusChanged(String printer, PrinterStatus previous, PrinterStatus current, Instant at) {}
