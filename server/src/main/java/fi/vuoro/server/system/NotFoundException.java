package fi.vuoro.server.system;

/** An id in the request names nothing that exists; answered as 404 problem details. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
