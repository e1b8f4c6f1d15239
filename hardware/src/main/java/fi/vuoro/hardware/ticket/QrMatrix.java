package fi.vuoro.hardware.ticket;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR and CODE128 modules from ZXing, drawn by whoever needs them (PDF, emulator) as plain rectangles. */
public final class QrMatrix {

    private QrMatrix() {}

    /** QR model 2, ECC M, no quiet zone: the same symbol a printer makes from {@code GS ( k}. */
    public static BitMatrix qr(String data) {
        try {
            return new QRCodeWriter()
                    .encode(
                            data,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name()));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + data.length() + " characters", e);
        }
    }

    /** CODE128 bars, one row; {@code get(x, 0)} is a black module. */
    public static BitMatrix code128(String data) {
        return new Code128Writer().encode(data, BarcodeFormat.CODE_128, 0, 1, Map.of(EncodeHintType.MARGIN, 0));
    }
}
