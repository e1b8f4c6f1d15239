package fi.vuoro.server.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * At least {@value #MIN_LENGTH} characters (length beats composition rules, as NIST SP 800-63B recommends), not the
 * username (in any case, reversed or as the bulk of the password), and not on a short list of passwords that
 * attackers try first ({@code security/common-passwords.txt}, compared case-insensitively).
 */
@Component
class DefaultPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private final Set<String> common;

    DefaultPasswordPolicy() {
        try (InputStream in = DefaultPasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt missing from the classpath");
            }
            common = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Problem> check(String username, String password) {
        var problems = new ArrayList<Problem>();
        var pw = password == null ? "" : password;
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        var lower = pw.strip().toLowerCase(Locale.ROOT);
        var user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!user.isEmpty()
                && (lower.equals(user)
                        || lower.equals(new StringBuilder(user).reverse().toString())
                        || (lower.contains(user) && user.length() * 2 >= lower.length()))) {
            problems.add(Problem.SAME_AS_USERNAME);
        }
        if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!.]+$", ""))) {
            problems.add(Problem.TOO_COMMON);
        }
        return List.copyOf(problems);
    }
}
