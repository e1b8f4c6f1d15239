package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.MonochromeImage;

/** One parsed ESC/POS command: the subset our encoder emits, plus status requests. */
public sealed interface EscPosCommand {

    record Initialise() implements EscPosCommand {}

    record SelectCodePage(int page) implements EscPosCommand {}

    record Bold(boolean on) implements EscPosCommand {}

    record CharacterSize(int width, int height) implements EscPosCommand {}

    record Justify(Alignment alignment) implements EscPosCommand {}

    /** Printable bytes in the current code page. */
    record Text(byte[] bytes) implements EscPosCommand {}

    record LineFeed() implements EscPosCommand {}

    record FeedLines(int lines) implements EscPosCommand {}

    record Cut() implements EscPosCommand {}

    record QrModuleSize(int dots) implements EscPosCommand {}

    record QrErrorCorrection(int level) implements EscPosCommand {}

    record QrStore(byte[] data) implements EscPosCommand {}

    record QrPrint() implements EscPosCommand {}

    record BarcodeHeight(int dots) implements EscPosCommand {}

    record BarcodeModuleWidth(int dots) implements EscPosCommand {}

    record HriPosition(int position) implements EscPosCommand {}

    /** {@code GS k}; for CODE128 (system 73) the data still holds its code-set selector. */
    record Barcode(int system, byte[] data) implements EscPosCommand {}

    record RasterImage(MonochromeImage image) implements EscPosCommand {}

    record StoreLogo(String key, MonochromeImage image) implements EscPosCommand {}

    record PrintLogo(String key) implements EscPosCommand {}

    record StatusRequest(int n) implements EscPosCommand {}

    record AutomaticStatusBack(int mask) implements EscPosCommand {}

    /** A well-formed command we do not act on (QR model, print mode, …). */
    record Ignored(String what) implements EscPosCommand {}
}
