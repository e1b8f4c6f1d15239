package fi.vuoro.hardware.diagnostics;

import fi.vuoro.hardware.serial.SerialPorts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Lists serial ports; {@code --dir} adds a directory of pty links such as an emulator's. */
final class PortsCommand implements DiagnosticCommand {

    @Override
    public int run(CommandLine line, PrintStream out) {
        line.allowOnly(Set.of("dir"));
        String dir = line.optional("dir", null);
        List<String> ports =
                dir == null ? SerialPorts.candidates() : SerialPorts.candidates(Path.of(dir), Pattern.compile("tty.*"));
        if (ports.isEmpty()) {
            out.println("no serial ports found (USB adapters appear as /dev/ttyUSB* or /dev/ttyACM*)");
            return Diagnostics.OK;
        }
        for (String port : ports) {
            String real = SerialPorts.resolve(port);
            out.println(real.equals(port) ? port : port + " -> " + real);
        }
        return Diagnostics.OK;
    }

    @Override
    public String usage() {
        return """
                ports [--dir D]
                  Lists serial ports: jssc's system ports and /dev/serial/by-id links (configure those: they
                  survive re-plugging). --dir also lists tty* links in D, e.g. an emulator's pty links.
                """;
    }
}
