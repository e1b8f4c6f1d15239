package fi.vuoro.server.admin;

import java.util.Optional;

/** Decides whether a new staff password is acceptable. The security feature may provide a stricter one. */
public interface PasswordPolicy {

    /** Empty when acceptable, else a staff translation key saying why not. */
    Optional<String> problem(String password);
}
