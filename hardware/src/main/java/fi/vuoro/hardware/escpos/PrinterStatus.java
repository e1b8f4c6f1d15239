package fi.vuoro.hardware.escpos;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the printer said about itself, decoded from DLE EOT replies or an ASB frame. Exactly one of ONLINE,
 * OFFLINE and UNKNOWN is present; the other conditions add detail (paper out also makes the printer offline).
 */
public record PrinterStatus(Set<PrinterCondition> conditions) {

    public PrinterStatus {
        var copy = conditions.isEmpty() ? EnumSet.noneOf(PrinterCondition.class) : EnumSet.copyOf(conditions);
        conditions = java.util.Collections.unmodifiableSet(copy);
    }

    public static PrinterStatus of(PrinterCondition... conditions) {
        return new PrinterStatus(
                conditions.length == 0
                        ? EnumSet.noneOf(PrinterCondition.class)
                        : EnumSet.copyOf(Arrays.asList(conditions)));
    }

    public static PrinterStatus unknown() {
        return of(PrinterCondition.UNKNOWN);
    }

    public boolean has(PrinterCondition condition) {
        return conditions.contains(condition);
    }

    /** True when a ticket sent now would print. */
    public boolean canPrint() {
        return has(PrinterCondition.ONLINE) && !has(PrinterCondition.PAPER_OUT) && !has(PrinterCondition.COVER_OPEN);
    }

    /** The condition that stops printing, most actionable first (a person can close a cover or load paper). */
    public Optional<PrinterCondition> blocker() {
        for (var c : new PrinterCondition[] {
            PrinterCondition.COVER_OPEN, PrinterCondition.PAPER_OUT, PrinterCondition.UNKNOWN, PrinterCondition.OFFLINE
        }) {
            if (has(c)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /**
     * From the three real-time replies: {@code DLE EOT 1} (printer), {@code 2} (offline cause), {@code 4} (roll
     * paper sensor). Healthy is {@code 12 12 12}, out of paper {@code 1A 32 7E}.
     */
    public static PrinterStatus fromRealtime(int printer, int offlineCause, int paperSensor) {
        var set = EnumSet.noneOf(PrinterCondition.class);
        set.add((printer & 0x08) != 0 ? PrinterCondition.OFFLINE : PrinterCondition.ONLINE);
        if ((offlineCause & 0x04) != 0) set.add(PrinterCondition.COVER_OPEN);
        if ((offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0) set.add(PrinterCondition.PAPER_OUT);
        if ((paperSensor & 0x0C) != 0) set.add(PrinterCondition.PAPER_NEAR_END);
        return new PrinterStatus(set);
    }

    /**
     * From a 4-byte automatic status back frame. Byte 1: bit 3 offline, bit 5 cover open. Byte 3: bits 0–1 paper
     * near end, bits 2–3 paper end.
     */
    public static PrinterStatus fromAsb(byte[] frame) {
        if (frame.length != 4) throw new IllegalArgumentException("ASB frames are 4 bytes");
        var set = EnumSet.noneOf(PrinterCondition.class);
        set.add((frame[0] & 0x08) != 0 ? PrinterCondition.OFFLINE : PrinterCondition.ONLINE);
        if ((frame[0] & 0x20) != 0) set.add(PrinterCondition.COVER_OPEN);
        if ((frame[2] & 0x0C) != 0) set.add(PrinterCondition.PAPER_OUT);
        if ((frame[2] & 0x03) != 0) set.add(PrinterCondition.PAPER_NEAR_END);
        return new PrinterStatus(set);
    }

    @Override
    public String toString() {
        return conditions.toString();
    }
}
