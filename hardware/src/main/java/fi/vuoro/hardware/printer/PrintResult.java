package fi.vuoro.hardware.printer;

import fi.vuoro.hardware.escpos.EncodingReport;
import java.util.Objects;

/**
 * How a print job ended.
 *
 * @param reason null when printed
 * @param bytesSent bytes written to the printer; non-zero on a failure means the printer got the ticket and the
 *     reason came from the status check afterwards (or the write broke off)
 */
public record PrintResult(Outcome outcome, FailureReason reason, String detail, int bytesSent, EncodingReport report) {

    public enum Outcome {
        PRINTED,
        FAILED
    }

    public PrintResult {
        Objects.requireNonNull(outcome);
        if ((outcome == Outcome.FAILED) != (reason != null)) {
            throw new IllegalArgumentException("a failure needs a reason and a success has none");
        }
        report = report == null ? EncodingReport.clean() : report;
    }

    public static PrintResult printed(int bytesSent, EncodingReport report) {
        return new PrintResult(Outcome.PRINTED, null, "printed", bytesSent, report);
    }

    public static PrintResult failed(FailureReason reason, String detail, int bytesSent, EncodingReport report) {
        return new PrintResult(Outcome.FAILED, reason, detail, bytesSent, report);
    }

    public static PrintResult failed(FailureReason reason, String detail) {
        return failed(reason, detail, 0, null);
    }

    public boolean printed() {
        return outcome == Outcome.PRINTED;
    }
}
