package fi.vuoro.server.system;

import java.io.IOException;

/** Thrown while reading a body that turns out larger than allowed (chunked bodies carry no length up front). */
class PayloadTooLargeException extends IOException {

    PayloadTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
