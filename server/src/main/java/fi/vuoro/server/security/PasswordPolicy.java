package fi.vuoro.server.security;

import java.util.List;

/**
 * Rules a new staff password must meet. User management calls {@link #check} before saving a password and shows the
 * problems to the admin; an empty list means the password is acceptable.
 */
public interface PasswordPolicy {

    /** Problems with {@code password} for {@code username}, as stable codes (see {@link Problem}); empty if none. */
    List<Problem> check(String username, String password);

    /** Why a password was refused; {@code key} is a translation key in the staff bundles. */
    enum Problem {
        TOO_SHORT("password.tooShort"),
        SAME_AS_USERNAME("password.sameAsUsername"),
        TOO_COMMON("password.tooCommon");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String translationKey() {
            return key;
        }
    }
}
