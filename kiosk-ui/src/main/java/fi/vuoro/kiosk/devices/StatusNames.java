package fi.vuoro.kiosk.devices;

import fi.vuoro.hardware.escpos.PrinterCondition;
import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.printer.FailureReason;
import fi.vuoro.hardware.serial.LinkState;

/** The contract's state names (docs/device-channel.md) for what the hardware module reports. */
public final class StatusNames {

    public static final String NONE = "NONE";

    private StatusNames() {}

    /**
     * {@code OK}, {@code PAPER_NEAR_END}, {@code PAPER_OUT}, {@code COVER_OPEN}, {@code OFFLINE}, {@code ERROR} or
     * {@code NONE}. A printer that does not answer (UNKNOWN) is OFFLINE to the people who must go and look at it.
     */
    public static String printer(boolean configured, LinkState link, PrinterStatus status) {
        if (!configured) return NONE;
        if (link != LinkState.UP) return "OFFLINE";
        if (status.has(PrinterCondition.COVER_OPEN)) return "COVER_OPEN";
        if (status.has(PrinterCondition.PAPER_OUT)) return "PAPER_OUT";
        if (status.has(PrinterCondition.UNKNOWN) || status.has(PrinterCondition.OFFLINE)) return "OFFLINE";
        if (status.has(PrinterCondition.PAPER_NEAR_END)) return "PAPER_NEAR_END";
        return status.has(PrinterCondition.ONLINE) ? "OK" : "ERROR";
    }

    /** {@code OK}, {@code DOWN} or {@code NONE}. */
    public static String reader(boolean configured, LinkState link) {
        if (!configured) return NONE;
        return link == LinkState.UP ? "OK" : "DOWN";
    }

    /** The printer state a failed job points to, so the report after a failure says why at once. */
    public static String printerAfter(FailureReason reason) {
        return switch (reason) {
            case PAPER_OUT -> "PAPER_OUT";
            case COVER_OPEN -> "COVER_OPEN";
            case OFFLINE, NO_RESPONSE, LINK_DOWN, CLOSED -> "OFFLINE";
            case ENCODING -> "ERROR";
        };
    }
}
