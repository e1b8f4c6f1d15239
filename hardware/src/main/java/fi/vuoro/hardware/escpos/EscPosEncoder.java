package fi.vuoro.hardware.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an ESC/POS command stream in memory. Pure: bytes out, no I/O. Text goes through {@link Pc858Text}, so
 * call {@link #codePagePc858()} after {@link #initialise()} (initialise resets the code page); what the code page
 * cannot hold is collected in {@link #report()}.
 *
 * <p>Not thread-safe; make one per document.
 */
public final class EscPosEncoder {

    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int LF = 0x0A;

    /** {@code ESC t 19}: PC858 on Epson TM printers. */
    static final int CODE_PAGE_PC858 = 19;

    /** {@code GS v 0} takes at most this many rows per command on common firmware; taller images go in bands. */
    public static final int RASTER_BAND_ROWS = 256;

    /** QR capacity in byte mode at ECC level M (version 40). */
    public static final int QR_MAX_BYTES = 2331;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private final List<Unprintable> unprintable = new ArrayList<>();
    private int textOffset;

    /** {@code ESC @}: clears the buffer and resets modes, including the code page. */
    public EscPosEncoder initialise() {
        return raw(ESC, '@');
    }

    /** {@code ESC t 19}. */
    public EscPosEncoder codePagePc858() {
        return raw(ESC, 't', CODE_PAGE_PC858);
    }

    /** {@code ESC E n}. */
    public EscPosEncoder bold(boolean on) {
        return raw(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS ! n}: character width and height multipliers, 1–8 each. */
    public EscPosEncoder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("size multipliers are 1..8, got " + width + "x" + height);
        }
        return raw(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** {@code ESC a n}; takes effect at the start of a line. */
    public EscPosEncoder align(Alignment alignment) {
        return raw(ESC, 'a', alignment.code());
    }

    /** Text in PC858 without a line feed. Unprintable characters become {@code ?} and are reported. */
    public EscPosEncoder text(String text) {
        Pc858Text.Encoded encoded = Pc858Text.encode(text);
        for (Unprintable u : encoded.unprintable()) {
            unprintable.add(new Unprintable(u.character(), textOffset + u.offset(), u.name()));
        }
        textOffset += text.length();
        out.writeBytes(encoded.bytes());
        return this;
    }

    /** Text and a line feed. */
    public EscPosEncoder line(String text) {
        return text(text).newline();
    }

    public EscPosEncoder newline() {
        return raw(LF);
    }

    /** {@code ESC d n}: prints the buffer and feeds n lines. */
    public EscPosEncoder feed(int lines) {
        return raw(ESC, 'd', checkByte(lines, "feed lines"));
    }

    /** {@code GS V 66 n}: feeds n dots' worth (to clear the cutter) and cuts leaving a hinge. */
    public EscPosEncoder partialCut(int feed) {
        return raw(GS, 'V', 66, checkByte(feed, "cut feed"));
    }

    /**
     * A native QR code, model 2, error correction M: the printer draws it from the data, which costs a few dozen
     * bytes on the line instead of kilobytes of raster.
     *
     * @param moduleSize dots per module, 1–16
     */
    public EscPosEncoder qrCode(String data, int moduleSize) {
        if (moduleSize < 1 || moduleSize > 16) throw new IllegalArgumentException("QR module size 1..16");
        byte[] payload = data.getBytes(StandardCharsets.UTF_8);
        if (payload.length == 0 || payload.length > QR_MAX_BYTES) {
            throw new IllegalArgumentException(
                    "QR payload must be 1.." + QR_MAX_BYTES + " bytes, is " + payload.length);
        }
        raw(GS, '(', 'k', 4, 0, '1', 'A', '2', 0); // model 2
        raw(GS, '(', 'k', 3, 0, '1', 'C', moduleSize);
        raw(GS, '(', 'k', 3, 0, '1', 'E', '1'); // ECC level M (~15 %)
        int storeLength = payload.length + 3; // pL pH count cn, fn and m as well as the data
        raw(GS, '(', 'k', storeLength & 0xFF, storeLength >> 8, '1', 'P', '0');
        out.writeBytes(payload);
        return raw(GS, '(', 'k', 3, 0, '1', 'Q', '0');
    }

    /**
     * CODE128 in code set B (printable ASCII), 80 dots high, module width 2, human-readable text below. Function
     * B's data must begin with a code-set selector ({@code {B}), which counts in the length byte.
     */
    public EscPosEncoder code128(String data) {
        if (data.isEmpty() || data.length() > 253) throw new IllegalArgumentException("CODE128 data 1..253 chars");
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            // '{' introduces a code-set switch in function B, so data must not contain it raw.
            if (c < 0x20 || c > 0x7E || c == '{') {
                throw new IllegalArgumentException("CODE128 set B takes printable ASCII without '{': " + data);
            }
        }
        raw(GS, 'h', 80);
        raw(GS, 'w', 2);
        raw(GS, 'H', 2);
        raw(GS, 'k', 73, data.length() + 2, '{', 'B');
        out.writeBytes(data.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** {@code GS v 0} raster image, in bands of at most {@value #RASTER_BAND_ROWS} rows. */
    public EscPosEncoder raster(MonochromeImage image) {
        int bytesPerRow = image.bytesPerRow();
        for (int row = 0; row < image.height(); row += RASTER_BAND_ROWS) {
            int rows = Math.min(RASTER_BAND_ROWS, image.height() - row);
            raw(GS, 'v', '0', 0, bytesPerRow & 0xFF, bytesPerRow >> 8, rows & 0xFF, rows >> 8);
            out.writeBytes(image.rows(row, rows));
        }
        return this;
    }

    /**
     * {@code GS ( L} function 67: stores a raster logo in the printer's non-volatile memory under a two-character
     * key, so each ticket sends {@link #printStoredLogo(String)} (11 bytes) instead of the image. NV memory wears
     * out: store once at installation, not per ticket.
     */
    public EscPosEncoder storeLogo(String key, MonochromeImage image) {
        checkKey(key);
        byte[] data = image.bits();
        int length = 11 + data.length;
        if (length > 0xFFFF) throw new IllegalArgumentException("logo too large for GS ( L: " + data.length + " bytes");
        raw(GS, '(', 'L', length & 0xFF, length >> 8, '0', 'C', '0', key.charAt(0), key.charAt(1), 1);
        raw(image.width() & 0xFF, image.width() >> 8, image.height() & 0xFF, image.height() >> 8, '1');
        out.writeBytes(data);
        return this;
    }

    /** {@code GS ( L} function 69: prints a logo stored by {@link #storeLogo(String, MonochromeImage)}. */
    public EscPosEncoder printStoredLogo(String key) {
        checkKey(key);
        return raw(GS, '(', 'L', 6, 0, '0', 'E', key.charAt(0), key.charAt(1), 1, 1);
    }

    /**
     * {@code GS a n}: automatic status back. The printer then sends a 4-byte status now and on every change, so
     * paper-out reaches the driver without polling. Bits: 1 drawer, 2 online/offline, 4 error, 8 paper sensor.
     */
    public EscPosEncoder automaticStatusBack(int mask) {
        return raw(GS, 'a', checkByte(mask, "ASB mask"));
    }

    /** {@code DLE EOT n}: real-time status request; the printer answers one byte even while busy. */
    public static byte[] statusRequest(int n) {
        if (n != 1 && n != 2 && n != 4) throw new IllegalArgumentException("status request n is 1, 2 or 4");
        return new byte[] {DLE, EOT, (byte) n};
    }

    public EscPosEncoder raw(int... bytes) {
        for (int b : bytes) out.write(b);
        return this;
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    public int size() {
        return out.size();
    }

    public EncodingReport report() {
        return new EncodingReport(unprintable);
    }

    private static int checkByte(int value, String what) {
        if (value < 0 || value > 255) throw new IllegalArgumentException(what + " must be 0..255, got " + value);
        return value;
    }

    private static void checkKey(String key) {
        if (key.length() != 2 || key.chars().anyMatch(c -> c < 32 || c > 126)) {
            throw new IllegalArgumentException("logo key must be two printable ASCII characters: " + key);
        }
    }
}
