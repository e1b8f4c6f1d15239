package fi.vuoro.kiosk.flow;

/**
 * How the visitor identified themselves. Card identifiers arrive here already as a keyed hash (the hardware
 * module's {@code CardRead}); the flow never sees a card number in clear.
 */
public sealed interface Identification {

    /** Non-personal code for the help trail: {@code CARD}, {@code QR}, {@code CODE} or {@code SKIPPED}. */
    String trailCode();

    record Card(String keyedHash) implements Identification {
        public String trailCode() {
            return "CARD";
        }
    }

    record AppointmentQr(String reference) implements Identification {
        public String trailCode() {
            return "QR";
        }
    }

    record KeypadCode(String code) implements Identification {
        public String trailCode() {
            return "CODE";
        }
    }

    record Skipped() implements Identification {
        public String trailCode() {
            return "SKIPPED";
        }
    }
}
