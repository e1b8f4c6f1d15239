package fi.vuoro.kiosk.testing;

import fi.vuoro.hardware.serial.SocatPtyPair;
import org.junit.jupiter.api.Assumptions;

/** socat for real pty pairs: skips without it, fails then under VUORO_REQUIRE_TOOLS=true. */
public final class RequiredTools {

    private RequiredTools() {}

    public static void assumeSocat() {
        if (SocatPtyPair.available()) return;
        var message = "socat is not installed (Debian package socat)";
        if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
        Assumptions.abort(message);
    }
}
