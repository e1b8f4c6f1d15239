package fi.vuoro.hardware.diagnostics;

import java.io.PrintStream;
import java.util.Map;

/**
 * Entry point of the diagnostics jar. Each sub-command is a small class; this one parses, dispatches and maps
 * outcomes to exit codes: 0 fine, 1 the device has a problem, 2 wrong usage.
 */
public final class Diagnostics {

    static final int OK = 0;
    static final int DEVICE_PROBLEM = 1;
    static final int USAGE = 2;

    private static final Map<String, DiagnosticCommand> COMMANDS = Map.of(
            "ports", new PortsCommand(),
            "print-test", new PrintTestCommand(),
            "status", new StatusCommand(),
            "listen-reader", new ListenReaderCommand(),
            "emulate-printer", new EmulatePrinterCommand());

    private Diagnostics() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            CommandLine line = CommandLine.parse(args);
            DiagnosticCommand command = COMMANDS.get(line.command());
            if (line.help()) {
                out.print(command != null ? command.usage() : usage());
                return OK;
            }
            if (command == null) {
                err.println("unknown command '" + line.command() + "'");
                err.print(usage());
                return USAGE;
            }
            return command.run(line, out);
        } catch (CommandLine.UsageException e) {
            err.println("error: " + e.getMessage() + " (try --help)");
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return DEVICE_PROBLEM;
        }
    }

    static String usage() {
        return """
                Vuoro hardware diagnostics

                usage: java -jar vuoro-hardware-diagnostics.jar <command> [options]

                commands:
                  ports                                   list serial ports
                  print-test --port P [--baud B] [--width 58|80]
                                                          print a test ticket and report the result
                  status --port P [--baud B]              read the printer's status (DLE EOT)
                  listen-reader --port P --type rdm6300|id12|magstripe|scanner [--baud B] [--seconds N]
                                                          show decoded reads, card numbers masked
                  emulate-printer [--dir D] [--width 58|80] [--seconds N]
                                                          run a printer emulator on a socat pty pair and
                                                          save each received ticket as PNG and text

                --baud defaults to 9600. <command> --help shows one command's help.
                Exit codes: 0 fine, 1 device problem, 2 wrong usage.
                """;
    }
}
