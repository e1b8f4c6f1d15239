package fi.vuoro.server.security;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start with no enabled administrator, creates one from {@code vuoro.bootstrap.admin-password} or from a
 * password typed at the console. It never invents a password: with neither, it logs how to set one and staff login
 * stays impossible until then.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE) // after any seeding (the demo profile creates its own admin)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffUsers users;
    private final BootstrapProperties properties;
    private final PasswordPrompt prompt;

    @Autowired
    AdminBootstrap(StaffUsers users, BootstrapProperties properties) {
        this(users, properties, new PasswordPrompt());
    }

    AdminBootstrap(StaffUsers users, BootstrapProperties properties, PasswordPrompt prompt) {
        this.users = users;
        this.properties = properties;
        this.prompt = prompt;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.countEnabledAdmins() > 0) {
            return;
        }
        var username = properties.adminUsername();
        var configured = properties.adminPassword();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < BootstrapProperties.MIN_PASSWORD_LENGTH) {
                log.error(
                        "vuoro.bootstrap.admin-password is shorter than {} characters; no administrator was created.",
                        BootstrapProperties.MIN_PASSWORD_LENGTH);
                return;
            }
            create(username, configured, "vuoro.bootstrap.admin-password");
            return;
        }
        var typed = prompt.askNewPassword(username, BootstrapProperties.MIN_PASSWORD_LENGTH);
        if (typed.isPresent()) {
            create(username, new String(typed.get()), "the console");
            java.util.Arrays.fill(typed.get(), ' ');
            return;
        }
        log.warn("""

                ************************************************************************************
                Vuoro has no administrator, so nobody can log in yet. Set a password (>= {} chars) and
                restart, e.g.  VUORO_ADMIN_PASSWORD='...' (or --vuoro.bootstrap.admin-password=...),
                or start the server once from a terminal to be asked for it. The user will be '{}'.
                Remove the setting after the first start; it is ignored while an admin exists.
                ************************************************************************************""", BootstrapProperties.MIN_PASSWORD_LENGTH, username);
    }

    private void create(String username, String password, String source) {
        if (users.createIfAbsent(username, "Administrator", password, EnumSet.of(Role.ADMIN))) {
            log.info("Created administrator '{}' with the password from {}.", username, source);
        } else {
            log.error(
                    "User '{}' exists but is not an enabled administrator; not touching it."
                            + " Set vuoro.bootstrap.admin-username to another name.",
                    username);
        }
    }
}
