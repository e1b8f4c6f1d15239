package fi.vuoro.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.hardware.escpos.PrinterCondition;
import fi.vuoro.hardware.escpos.PrinterStatus;
import fi.vuoro.hardware.printer.FailureReason;
import fi.vuoro.hardware.serial.LinkState;
import org.junit.jupiter.api.Test;

class StatusNamesTest {

    @Test
    void printerStatesInTheContractsNames() {
        assertThat(StatusNames.printer(false, LinkState.UP, null)).isEqualTo("NONE");
        assertThat(StatusNames.printer(true, LinkState.DOWN, PrinterStatus.of(PrinterCondition.ONLINE)))
                .isEqualTo("OFFLINE");
        assertThat(StatusNames.printer(true, LinkState.UP, PrinterStatus.of(PrinterCondition.ONLINE)))
                .isEqualTo("OK");
        assertThat(StatusNames.printer(
                        true, LinkState.UP, PrinterStatus.of(PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT)))
                .isEqualTo("PAPER_OUT");
        // Cover open first: a person can close it, and paper cannot be checked with the cover open.
        assertThat(StatusNames.printer(
                        true,
                        LinkState.UP,
                        PrinterStatus.of(
                                PrinterCondition.OFFLINE, PrinterCondition.COVER_OPEN, PrinterCondition.PAPER_OUT)))
                .isEqualTo("COVER_OPEN");
        assertThat(StatusNames.printer(
                        true, LinkState.UP, PrinterStatus.of(PrinterCondition.ONLINE, PrinterCondition.PAPER_NEAR_END)))
                .isEqualTo("PAPER_NEAR_END");
        assertThat(StatusNames.printer(true, LinkState.UP, PrinterStatus.unknown()))
                .isEqualTo("OFFLINE");
    }

    @Test
    void readerStatesAndFailureReasons() {
        assertThat(StatusNames.reader(false, LinkState.UP)).isEqualTo("NONE");
        assertThat(StatusNames.reader(true, LinkState.UP)).isEqualTo("OK");
        assertThat(StatusNames.reader(true, LinkState.CONNECTING)).isEqualTo("DOWN");
        assertThat(StatusNames.printerAfter(FailureReason.PAPER_OUT)).isEqualTo("PAPER_OUT");
        assertThat(StatusNames.printerAfter(FailureReason.NO_RESPONSE)).isEqualTo("OFFLINE");
        assertThat(StatusNames.printerAfter(FailureReason.ENCODING)).isEqualTo("ERROR");
    }
}
