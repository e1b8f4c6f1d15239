package fi.vuoro.server.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for the visit history and the audit trail. */
public final class StaffIdentity {

    private StaffIdentity() {}

    /** The logged-in user's name; views run only behind the browser login, so "unknown" means a test harness. */
    public static String currentName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "unknown" : auth.getName();
    }
}
