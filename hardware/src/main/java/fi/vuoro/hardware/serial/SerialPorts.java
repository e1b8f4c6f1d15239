package fi.vuoro.hardware.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jssc.SerialPortList;

/**
 * Lists candidate serial ports for the installer's diagnostics tool and the admin's port picker.
 *
 * <p>jssc's default listing finds {@code /dev/ttyS*}, {@code /dev/ttyUSB*}, {@code /dev/ttyACM*} but neither the
 * stable {@code /dev/serial/by-id} names (which survive re-enumeration, so configure those) nor ptys, which is why
 * both are added here.
 */
public final class SerialPorts {

    static final Path BY_ID = Path.of("/dev/serial/by-id");

    private SerialPorts() {}

    /** jssc's system ports plus the {@code /dev/serial/by-id} links, without duplicates, in a stable order. */
    public static List<String> candidates() {
        Set<String> names = new LinkedHashSet<>(Arrays.asList(SerialPortList.getPortNames()));
        names.addAll(linksIn(BY_ID, null));
        return List.copyOf(names);
    }

    /**
     * {@link #candidates()} plus the entries of {@code directory} whose file name matches {@code namePattern}, such
     * as the links of a {@link SocatPtyPair} ({@code ttyV\d+}). Entries are listed even when they are dangling
     * links, so the tool can report "configured but not present".
     */
    public static List<String> candidates(Path directory, Pattern namePattern) {
        Set<String> names = new LinkedHashSet<>(candidates());
        names.addAll(linksIn(directory, namePattern));
        return List.copyOf(names);
    }

    /** Where a path finally points, e.g. {@code /dev/ttyUSB0} for a by-id link; the path itself if not a link. */
    public static String resolve(String path) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            return path;
        }
    }

    private static List<String> linksIn(Path directory, Pattern namePattern) {
        if (!Files.isDirectory(directory)) return List.of();
        try (Stream<Path> entries = Files.list(directory)) {
            var result = new ArrayList<String>();
            entries.filter(p -> namePattern == null
                            || namePattern.matcher(p.getFileName().toString()).matches())
                    .filter(p -> !Files.isDirectory(p))
                    .map(Path::toString)
                    .sorted()
                    .forEach(result::add);
            return result;
        } catch (IOException e) {
            return List.of();
        }
    }
}
