package fi.vuoro.hardware.emulator;

import fi.vuoro.hardware.escpos.Alignment;
import fi.vuoro.hardware.escpos.MonochromeImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental ESC/POS parser: feed bytes in any chunking, get complete commands. Unknown or malformed bytes are
 * counted and skipped, never thrown. The pending buffer is bounded by the longest legal command (a 64 KB
 * {@code GS ( k}/{@code GS ( L} block or a capped raster band), so a garbage stream cannot make it grow without
 * limit. Not thread-safe.
 */
public final class EscPosStreamParser {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;

    /** Text runs are split so one long line of garbage does not become one huge command. */
    private static final int MAX_TEXT_RUN = 512;

    /** 2048 dots per row and 2400 rows per band: far beyond any receipt printer, small enough to hold. */
    static final int MAX_RASTER_BYTES_PER_ROW = 256;

    static final int MAX_RASTER_ROWS = 2400;

    private static final int NEED_MORE = 0;

    private byte[] pending = new byte[256];
    private int length;
    private long unknownBytes;
    private final List<EscPosCommand> out = new ArrayList<>();

    /** Parses what is complete; keeps the rest for the next call. */
    public List<EscPosCommand> feed(byte[] bytes) {
        append(bytes);
        out.clear();
        int start = 0;
        while (start < length) {
            int consumed = parse(start);
            if (consumed == NEED_MORE) break;
            start += consumed;
        }
        if (start > 0) {
            // Only when something was consumed: while a large image trickles in, this stays O(chunk).
            System.arraycopy(pending, start, pending, 0, length - start);
            length -= start;
        }
        if (pending.length > 4096 && length < pending.length / 4)
            pending = Arrays.copyOf(pending, Math.max(256, length));
        return List.copyOf(out);
    }

    /** Drops a half-received command, e.g. when the link was re-plugged mid-stream. */
    public void reset() {
        length = 0;
    }

    /** Bytes skipped because they formed no command we know. */
    public long unknownBytes() {
        return unknownBytes;
    }

    /** Bytes waiting for the rest of a command. */
    public int pendingBytes() {
        return length;
    }

    private void append(byte[] bytes) {
        if (length + bytes.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + bytes.length));
        }
        System.arraycopy(bytes, 0, pending, length, bytes.length);
        length += bytes.length;
    }

    private int at(int i) {
        return pending[i] & 0xFF;
    }

    /** Returns bytes consumed, or NEED_MORE. */
    private int parse(int s) {
        int available = length - s;
        int b = at(s);
        if (b == 0x0A) return emit(new EscPosCommand.LineFeed(), 1);
        if (b == 0x0D) return emit(new EscPosCommand.Ignored("CR"), 1);
        if (b == ESC) return available < 2 ? NEED_MORE : parseEsc(s, available);
        if (b == GS) return available < 2 ? NEED_MORE : parseGs(s, available);
        if (b == DLE) {
            if (available < 2) return NEED_MORE;
            if (at(s + 1) != 0x04) return unknown(1);
            return available < 3 ? NEED_MORE : emit(new EscPosCommand.StatusRequest(at(s + 2)), 3);
        }
        if (b < 0x20 || b == 0x7F) return unknown(1);
        int end = s;
        while (end < length && end - s < MAX_TEXT_RUN && at(end) >= 0x20 && at(end) != 0x7F) end++;
        return emit(new EscPosCommand.Text(Arrays.copyOfRange(pending, s, end)), end - s);
    }

    private int parseEsc(int s, int available) {
        int cmd = at(s + 1);
        if (cmd == '@') return emit(new EscPosCommand.Initialise(), 2);
        if (cmd == 'i' || cmd == 'm') return emit(new EscPosCommand.Cut(), 2);
        if ("tEadJ!M-2G".indexOf(cmd) < 0 || cmd == 0) return unknown(2);
        if (cmd == '2') return emit(new EscPosCommand.Ignored("default line spacing"), 2);
        if (available < 3) return NEED_MORE;
        int n = at(s + 2);
        return switch (cmd) {
            case 't' -> emit(new EscPosCommand.SelectCodePage(n), 3);
            case 'E' -> emit(new EscPosCommand.Bold((n & 1) != 0), 3);
            case 'a' -> emit(new EscPosCommand.Justify(Alignment.ofCode(n)), 3);
            case 'd' -> emit(new EscPosCommand.FeedLines(n), 3);
            default -> emit(new EscPosCommand.Ignored("ESC " + (char) cmd), 3);
        };
    }

    private int parseGs(int s, int available) {
        int cmd = at(s + 1);
        switch (cmd) {
            case '(' -> {
                return parseGsParen(s, available);
            }
            case 'v' -> {
                return parseRaster(s, available);
            }
            case 'k' -> {
                return parseBarcode(s, available);
            }
            case 'V' -> {
                if (available < 3) return NEED_MORE;
                int m = at(s + 2);
                if (m == 0 || m == 1 || m == '0' || m == '1') return emit(new EscPosCommand.Cut(), 3);
                if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
                    return available < 4 ? NEED_MORE : emit(new EscPosCommand.Cut(), 4);
                }
                return unknown(3);
            }
            case '!', 'h', 'w', 'H', 'a', 'f', 'r', 'B' -> {
                if (available < 3) return NEED_MORE;
                int n = at(s + 2);
                return switch (cmd) {
                    case '!' -> emit(new EscPosCommand.CharacterSize(((n >> 4) & 7) + 1, (n & 7) + 1), 3);
                    case 'h' -> emit(new EscPosCommand.BarcodeHeight(n), 3);
                    case 'w' -> emit(new EscPosCommand.BarcodeModuleWidth(n), 3);
                    case 'H' -> emit(new EscPosCommand.HriPosition(n), 3);
                    case 'a' -> emit(new EscPosCommand.AutomaticStatusBack(n), 3);
                    default -> emit(new EscPosCommand.Ignored("GS " + (char) cmd), 3);
                };
            }
            case 'L', 'W' -> {
                return available < 4 ? NEED_MORE : emit(new EscPosCommand.Ignored("GS " + (char) cmd), 4);
            }
            default -> {
                return unknown(2);
            }
        }
    }

    /** {@code GS ( fn pL pH p...}: length-prefixed, so even functions we ignore are skipped exactly. */
    private int parseGsParen(int s, int available) {
        if (available < 5) return NEED_MORE;
        int fn = at(s + 2);
        int len = at(s + 3) | at(s + 4) << 8;
        if (available < 5 + len) return NEED_MORE;
        int p = s + 5;
        int total = 5 + len;
        if (fn == 'k' && len >= 2 && at(p) == '1') {
            int f = at(p + 1);
            if (f == 'C' && len >= 3) return emit(new EscPosCommand.QrModuleSize(at(p + 2)), total);
            if (f == 'E' && len >= 3) return emit(new EscPosCommand.QrErrorCorrection(at(p + 2)), total);
            if (f == 'P' && len >= 3) {
                return emit(new EscPosCommand.QrStore(Arrays.copyOfRange(pending, p + 3, p + len)), total);
            }
            if (f == 'Q') return emit(new EscPosCommand.QrPrint(), total);
            return emit(new EscPosCommand.Ignored("QR function " + f), total);
        }
        if (fn == 'L' && len >= 2) {
            int f = at(p + 1);
            if (f == 'C' && len >= 11) {
                String key = "" + (char) at(p + 3) + (char) at(p + 4);
                int x = at(p + 6) | at(p + 7) << 8;
                int y = at(p + 8) | at(p + 9) << 8;
                int data = len - 11;
                if (x == 0 || y == 0 || ((x + 7) / 8) * y != data) return unknown(total);
                var image = new MonochromeImage(x, y, Arrays.copyOfRange(pending, p + 11, p + len));
                return emit(new EscPosCommand.StoreLogo(key, image), total);
            }
            if (f == 'E' && len >= 4) {
                return emit(new EscPosCommand.PrintLogo("" + (char) at(p + 2) + (char) at(p + 3)), total);
            }
        }
        return emit(new EscPosCommand.Ignored("GS ( " + (char) fn), total);
    }

    private int parseRaster(int s, int available) {
        if (available < 3) return NEED_MORE;
        if (at(s + 2) != '0' && at(s + 2) != 0) return unknown(3);
        if (available < 8) return NEED_MORE;
        int x = at(s + 4) | at(s + 5) << 8;
        int y = at(s + 6) | at(s + 7) << 8;
        if (x == 0 || y == 0 || x > MAX_RASTER_BYTES_PER_ROW || y > MAX_RASTER_ROWS) return unknown(8);
        int total = 8 + x * y;
        if (available < total) return NEED_MORE;
        var image = new MonochromeImage(x * 8, y, Arrays.copyOfRange(pending, s + 8, s + total));
        return emit(new EscPosCommand.RasterImage(image), total);
    }

    private int parseBarcode(int s, int available) {
        if (available < 3) return NEED_MORE;
        int m = at(s + 2);
        if (m <= 6) {
            // Function A: NUL-terminated, at most 255 data bytes.
            for (int i = s + 3; i < length && i - (s + 3) <= 255; i++) {
                if (at(i) == 0)
                    return emit(new EscPosCommand.Barcode(m, Arrays.copyOfRange(pending, s + 3, i)), i - s + 1);
            }
            return available > 3 + 256 ? unknown(3) : NEED_MORE;
        }
        if (m < 65 || m > 79) return unknown(3);
        if (available < 4) return NEED_MORE;
        int n = at(s + 3);
        if (available < 4 + n) return NEED_MORE;
        return emit(new EscPosCommand.Barcode(m, Arrays.copyOfRange(pending, s + 4, s + 4 + n)), 4 + n);
    }

    private int emit(EscPosCommand command, int consumed) {
        out.add(command);
        return consumed;
    }

    private int unknown(int consumed) {
        unknownBytes += consumed;
        return consumed;
    }
}
