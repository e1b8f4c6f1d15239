package fi.vuoro.server.security;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/** Asks an operator at an attached terminal for the first admin password. */
class PasswordPrompt {

    /** The entered password, or empty when no terminal is attached or the operator gave up. */
    Optional<char[]> askNewPassword(String username, int minLength) {
        var console = System.console();
        if (console == null || !isTerminal(console)) {
            return Optional.empty();
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            char[] first = console.readPassword("Vuoro has no administrator yet. New password for '%s': ", username);
            if (first == null) {
                return Optional.empty();
            }
            if (first.length < minLength) {
                console.printf("At least %d characters, please.%n", minLength);
                continue;
            }
            char[] second = console.readPassword("Repeat it: ");
            if (second != null && Arrays.equals(first, second)) {
                Arrays.fill(second, ' ');
                return Optional.of(first);
            }
            console.printf("The passwords differ.%n");
        }
        return Optional.empty();
    }

    /**
     * Since JDK 22 {@code System.console()} also returns a console when the streams are redirected; {@code
     * isTerminal()} (JDK 22+) tells the difference. We compile for release 21, hence the reflective call.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a non-null console is a terminal
        }
    }
}
