package fi.vuoro.server.login;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where a signed-in staff member starts: administrators in the admin area, reception at the console, counter staff at
 * the counter workstation. Several candidates per role, the first one that exists wins, so the landing page keeps
 * working while a screen is still missing from a build (e.g. the console before it ships).
 */
final class LandingTargets {

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("ADMIN", "admin"),
            new Candidate("ADMIN", "admin/audit"),
            new Candidate("RECEPTION", "reception"),
            new Candidate("RECEPTION", "counter"),
            new Candidate("ADMIN", "counter"),
            new Candidate("COUNTER", "counter"));

    private LandingTargets() {}

    /**
     * @param roles the user's role names without {@code ROLE_}
     * @param routeExists whether a view is registered at a path
     */
    static Optional<String> landingFor(Collection<String> roles, Predicate<String> routeExists) {
        return CANDIDATES.stream()
                .filter(c -> roles.contains(c.role()))
                .map(Candidate::path)
                .filter(routeExists)
                .findFirst();
    }

    private record Candidate(String role, String path) {}
}
