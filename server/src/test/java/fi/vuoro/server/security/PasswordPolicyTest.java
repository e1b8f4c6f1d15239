package fi.vuoro.server.security;

import static fi.vuoro.server.security.PasswordPolicy.Problem.SAME_AS_USERNAME;
import static fi.vuoro.server.security.PasswordPolicy.Problem.TOO_COMMON;
import static fi.vuoro.server.security.PasswordPolicy.Problem.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new DefaultPasswordPolicy();

    @Test
    void aLongUncommonPassphrasePasses() {
        assertThat(policy.check("mari", "kolme sinistä lintua")).isEmpty();
        assertThat(policy.check("mari", "correct-horse-battery")).isEmpty();
    }

    @Test
    void shortPasswordsAreRefusedCountingCharactersNotBytes() {
        assertThat(policy.check("mari", "lyhyt-sana1")).containsExactly(TOO_SHORT);
        assertThat(policy.check("mari", "ääääääääääää")).doesNotContain(TOO_SHORT);
    }

    @Test
    void theUsernameInAnyDisguiseIsRefused() {
        assertThat(policy.check("receptionist", "Receptionist")).contains(SAME_AS_USERNAME);
        assertThat(policy.check("receptionist", "tsinoitpecer")).contains(SAME_AS_USERNAME);
        assertThat(policy.check("receptionist", "receptionist1")).contains(SAME_AS_USERNAME);
        assertThat(policy.check("mari", "mari plays the cello")).isEmpty();
    }

    @Test
    void commonPasswordsAreRefusedAlsoWithDigitsAppended() {
        assertThat(policy.check("mari", "Password1234")).contains(TOO_COMMON);
        assertThat(policy.check("mari", "salasana2026!")).contains(TOO_COMMON);
        assertThat(policy.check("mari", "tervetuloa123")).contains(TOO_COMMON);
        assertThat(TOO_COMMON.translationKey()).isEqualTo("password.tooCommon");
    }
}
