package fi.vuoro.hardware.escpos;

/** Thrown by strict encoding when text holds characters the code page cannot show. */
public final class UnprintableTextException extends IllegalArgumentException {

    private final transient EncodingReport report;

    public UnprintableTextException(EncodingReport report) {
        super(report.summary());
        this.report = report;
    }

    public EncodingReport report() {
        return report;
    }
}
