package fi.vuoro.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LandingTargetsTest {

    private static final Set<String> ALL_SCREENS = Set.of("admin", "admin/audit", "reception", "counter");

    @Test
    void eachRoleStartsOnItsScreen() {
        assertThat(LandingTargets.landingFor(List.of("COUNTER"), ALL_SCREENS::contains))
                .contains("counter");
        assertThat(LandingTargets.landingFor(List.of("RECEPTION"), ALL_SCREENS::contains))
                .contains("reception");
        assertThat(LandingTargets.landingFor(List.of("ADMIN"), ALL_SCREENS::contains))
                .contains("admin");
        assertThat(LandingTargets.landingFor(List.of("COUNTER", "RECEPTION"), ALL_SCREENS::contains))
                .contains("reception");
    }

    @Test
    void fallsBackWhileAScreenIsMissingAndDevicesHaveNone() {
        var withoutConsoleAndAdminHome = Set.of("admin/audit", "counter");
        assertThat(LandingTargets.landingFor(List.of("RECEPTION"), withoutConsoleAndAdminHome::contains))
                .contains("counter");
        assertThat(LandingTargets.landingFor(List.of("ADMIN"), withoutConsoleAndAdminHome::contains))
                .contains("admin/audit");
        assertThat(LandingTargets.landingFor(List.of("KIOSK"), ALL_SCREENS::contains))
                .isEmpty();
    }
}
