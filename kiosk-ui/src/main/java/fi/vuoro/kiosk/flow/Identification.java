package fi.vuoro.kiosk.flow;

/**
 * How the visitor identified themselves. Card identifiers arrive here already as a keyed hash (the hardware
 * module's {@code CardRead}); the flow never sees a card number in clear.
 */
public sealed interface Identification {

    /** Short, non-personal label for the help trail. */
    String trailLabel();

    record Card(String keyedHash) implements Identification {
        public String trailLabel() {
            return "card";
        }
    }

    record AppointmentQr(String reference) implements Identification {
        public String trailLabel() {
            return "appointment QR";
        }
    }

    record KeypadCode(String code) implements Identification {
        public String trailLabel() {
            return "keypad code";
        }
    }

    record Skipped() implements Identification {
        public String trailLabel() {
            return "skipped";
        }
    }
}
