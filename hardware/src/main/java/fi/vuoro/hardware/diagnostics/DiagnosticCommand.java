package fi.vuoro.hardware.diagnostics;

import java.io.PrintStream;

/** One sub-command of the diagnostics tool. */
interface DiagnosticCommand {

    /** Returns the exit code. */
    int run(CommandLine line, PrintStream out) throws Exception;

    String usage();
}
