package fi.vuoro.server.system;

/** The request is well formed but not allowed in the current state (an invalid ticket transition); 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
