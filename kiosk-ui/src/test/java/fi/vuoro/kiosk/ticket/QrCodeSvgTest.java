package fi.vuoro.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeSvgTest {

    private static final String URL = "http://localhost:8080/ticket/3f2a-ä";

    @Test
    void theSvgDrawsExactlyTheModulesOfAQrCodeThatDecodesBackToTheUrl() throws Exception {
        var svg = QrCodeSvg.svg(URL);
        // Rasterise the SVG's own path (one unit square per "M x y h1v1h-1z") and decode it with ZXing's reader.
        var squares = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        int size = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) .*", "$1"));
        int scale = 4;
        var pixels = new int[size * scale * size * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFF);
        int modules = 0;
        while (squares.find()) {
            modules++;
            int x = Integer.parseInt(squares.group(1));
            int y = Integer.parseInt(squares.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size * scale + x * scale + dx] = 0;
                }
            }
        }
        var matrix = QrCodeSvg.matrix(URL);
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++)
            for (int x = 0; x < matrix.getWidth(); x++) if (matrix.get(x, y)) dark++;
        assertThat(modules).isEqualTo(dark);

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size * scale, size * scale, pixels)));
        assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(URL);
    }

    @Test
    void theDataUrlCarriesTheSvg() {
        var url = QrCodeSvg.dataUrl(URL);
        assertThat(url).startsWith("data:image/svg+xml;base64,");
        var svg = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).isEqualTo(QrCodeSvg.svg(URL));
    }
}
