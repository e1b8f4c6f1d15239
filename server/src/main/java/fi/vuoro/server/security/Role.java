package fi.vuoro.server.security;

/** Authorities granted to staff users and devices; Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    RECEPTION,
    COUNTER,
    ADMIN,
    KIOSK,
    DISPLAY;

    public String authority() {
        return "ROLE_" + name();
    }
}
