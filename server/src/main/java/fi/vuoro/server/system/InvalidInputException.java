package fi.vuoro.server.system;

/** Input that passed bean validation but breaks a rule only the domain knows; 400. */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String detail) {
        super(detail);
    }
}
