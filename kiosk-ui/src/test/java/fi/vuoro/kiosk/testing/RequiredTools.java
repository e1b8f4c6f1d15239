package fi.vuoro.kiosk.testing;

import fi.vuoro.hardware.serial.SocatPtyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools the kiosk's real-thing tests need (socat, Chromium, the server jar): a test skips without them, and
 * fails instead under {@code VUORO_REQUIRE_TOOLS=true} (CI).
 */
public final class RequiredTools {

    private RequiredTools() {}

    public static void assumeSocat() {
        require(SocatPtyPair.available(), "socat is not installed (Debian package socat)");
    }

    public static void assumeServerJar(Path jar) {
        require(
                Files.isRegularFile(jar),
                "server jar not built (" + jar + "): run the reactor build, e.g. mvn -pl server -am package");
    }

    private static void require(boolean present, String message) {
        if (present) return;
        if ("true".equals(System.getenv("VUORO_REQUIRE_TOOLS"))) throw new IllegalStateException(message);
        Assumptions.abort(message);
    }
}
