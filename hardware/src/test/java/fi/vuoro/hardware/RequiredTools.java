package fi.vuoro.hardware;

import static org.junit.jupiter.api.Assertions.fail;

import fi.vuoro.hardware.serial.SocatPtyPair;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need an external tool skip with a clear message when it is missing, but fail when {@code
 * VUORO_REQUIRE_TOOLS=true} (set by CI), so a broken CI image cannot turn integration tests silently green.
 */
public final class RequiredTools {

    public static final String REQUIRE_TOOLS_ENV = "VUORO_REQUIRE_TOOLS";

    private RequiredTools() {}

    /** Skips (or fails under {@code VUORO_REQUIRE_TOOLS=true}) when {@code socat} is not on the PATH. */
    public static void assumeSocat() {
        assumeTool("socat", SocatPtyPair.available(), "install the Debian package 'socat'");
    }

    /** Skips (or fails under {@code VUORO_REQUIRE_TOOLS=true}) when {@code available} is false. */
    public static void assumeTool(String tool, boolean available, String howToGetIt) {
        if (available) return;
        var message = tool + " is not available (" + howToGetIt + ")";
        if (toolsRequired()) {
            fail(message + " and " + REQUIRE_TOOLS_ENV + "=true demands it");
        }
        Assumptions.abort("Skipped: " + message + "; set " + REQUIRE_TOOLS_ENV + "=true to make this a failure");
    }

    /** True when an executable named {@code name} is on the PATH. */
    public static boolean onPath(String name) {
        var path = System.getenv("PATH");
        if (path == null) return false;
        for (var dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) return true;
        }
        return false;
    }

    public static boolean toolsRequired() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_TOOLS_ENV));
    }
}
