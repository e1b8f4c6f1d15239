package fi.vuoro.hardware.reader.emulator;

import fi.vuoro.hardware.reader.ScannerFraming;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Scanner output for a given framing. */
public final class ScannerFrames {

    private ScannerFrames() {}

    public static byte[] frame(String payload, ScannerFraming framing) {
        var out = new ByteArrayOutputStream(payload.length() + 3);
        if (framing.stxEtx()) out.write(0x02);
        out.writeBytes(payload.getBytes(StandardCharsets.UTF_8));
        switch (framing.terminator()) {
            case CR -> out.write(0x0D);
            case CRLF -> {
                out.write(0x0D);
                out.write(0x0A);
            }
            case ETX -> out.write(0x03);
            case NONE -> {}
        }
        return out.toByteArray();
    }

    /** A frame holding a control byte that no scanner sends inside a code. */
    public static byte[] badChar(ScannerFraming framing) {
        return frame("APPT\u0001BAD", framing);
    }
}
