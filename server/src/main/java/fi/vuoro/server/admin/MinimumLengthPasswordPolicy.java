package fi.vuoro.server.admin;

import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** At least {@link #MIN_LENGTH} characters: length beats composition rules. Used until a stricter policy exists. */
final class MinimumLengthPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;

    @Override
    public Optional<String> problem(String password) {
        return password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                ? Optional.of("users.error.passwordShort")
                : Optional.empty();
    }

    @Configuration(proxyBeanMethods = false)
    static class Default {

        @Bean
        @ConditionalOnMissingBean(PasswordPolicy.class)
        PasswordPolicy minimumLengthPasswordPolicy() {
            return new MinimumLengthPasswordPolicy();
        }
    }
}
