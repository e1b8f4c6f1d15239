package fi.vuoro.server.security;

import java.util.Set;

/** A member of staff who logs in with a password. {@code passwordHash} is in Spring's delegating format. */
public record StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled) {

    public StaffUser {
        roles = Set.copyOf(roles);
    }
}
