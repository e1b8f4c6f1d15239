package fi.vuoro.server.demo;

import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.security.StaffUsers;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: well-known staff users and device tokens for site {@value #SITE}, printed at start-up.
 * Idempotent, so restarting the demo keeps its data.
 */
@Component
@Profile("demo")
@Order(Ordered.LOWEST_PRECEDENCE - 100) // before AdminBootstrap, which then finds the demo admin
public class DemoCredentials implements ApplicationRunner {

    public static final String SITE = "demo";
    public static final String PASSWORD = "demo";
    public static final String KIOSK_ID = "demo-kiosk-1";
    public static final String KIOSK_TOKEN = "demo-kiosk";
    public static final String DISPLAY_ID = "demo-display-1";
    public static final String DISPLAY_TOKEN = "demo-display";

    private static final Logger log = LoggerFactory.getLogger(DemoCredentials.class);

    private final StaffUsers users;
    private final DeviceRegistry devices;
    private final Environment environment;

    DemoCredentials(StaffUsers users, DeviceRegistry devices, Environment environment) {
        this.users = users;
        this.devices = devices;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.createIfAbsent("reception", "Demo Reception", PASSWORD, EnumSet.of(Role.RECEPTION));
        users.createIfAbsent("counter", "Demo Counter", PASSWORD, EnumSet.of(Role.COUNTER));
        users.createIfAbsent("admin", "Demo Admin", PASSWORD, EnumSet.of(Role.ADMIN));
        devices.registerIfAbsent(KIOSK_ID, SITE, DevicePrincipal.Kind.KIOSK, "Demo lobby kiosk", KIOSK_TOKEN);
        devices.registerIfAbsent(
                DISPLAY_ID, SITE, DevicePrincipal.Kind.DISPLAY, "Demo waiting-room display", DISPLAY_TOKEN);
    }

    /** After everything started, so the banner is the last thing on the console and shows the real port. */
    @EventListener(ApplicationReadyEvent.class)
    void printBanner() {
        var base = "http://localhost:" + environment.getProperty("local.server.port", "8080");
        log.info(
                """

                =====================================================================
                 Vuoro DEMO is running (profile 'demo': do not use in production)
                   Server        {}/
                   REST API      {}/api/v1/docs   (OpenAPI: {}/api/v1/openapi)
                   STOMP         ws://localhost:{}/ws
                   Site id       {}
                 Staff (HTTP Basic or login form), password '{}':
                   reception  counter  admin
                 Device tokens (Authorization: Bearer <token>):
                   kiosk   {}   (device {})
                   display {}   (device {})
                 Try: curl -u reception:demo {}/api/v1/sites/demo/queue
                =====================================================================""",
                base,
                base,
                base,
                environment.getProperty("local.server.port", "8080"),
                SITE,
                PASSWORD,
                KIOSK_TOKEN,
                KIOSK_ID,
                DISPLAY_TOKEN,
                DISPLAY_ID,
                base);
    }
}
