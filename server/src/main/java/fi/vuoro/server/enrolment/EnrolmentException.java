package fi.vuoro.server.enrolment;

/** Refused enrolment input; {@code messageKey} is a staff translation key, {@code field} the form field. */
public class EnrolmentException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public EnrolmentException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
