package fi.vuoro.server.admin;

import fi.vuoro.server.security.PasswordPolicy;
import fi.vuoro.server.security.Role;
import fi.vuoro.server.security.StaffUser;
import fi.vuoro.server.security.StaffUsers;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff users and their roles: create, change roles, disable, reset password (checked by {@link PasswordPolicy}). */
@Component
public class StaffAdministration {

    static final Set<Role> STAFF_ROLES = EnumSet.of(Role.RECEPTION, Role.COUNTER, Role.ADMIN);

    private final StaffUsers users;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffAdministration(StaffUsers users, PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public List<StaffUser> users() {
        return users.list();
    }

    @Transactional
    public void create(String actor, String username, String displayName, String password, Set<Role> roles) {
        var problems = new ArrayList<FieldProblem>();
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            problems.add(new FieldProblem("username", "users.error.username"));
        } else if (users.exists(username)) {
            problems.add(new FieldProblem("username", "users.error.usernameTaken"));
        }
        SiteAdministration.text(displayName, 200, "displayName", problems);
        roles(roles, problems);
        policy.check(username, password)
                .forEach(problem -> problems.add(new FieldProblem("password", problem.translationKey())));
        AdminValidationException.throwIfAny(problems);
        users.createIfAbsent(username, displayName.strip(), password, roles);
        performed(actor, "STAFF_CREATED", username, "roles " + roles);
    }

    @Transactional
    public void update(String actor, String username, String displayName, Set<Role> roles) {
        var problems = new ArrayList<FieldProblem>();
        SiteAdministration.text(displayName, 200, "displayName", problems);
        roles(roles, problems);
        var existing =
                users.find(username).orElseThrow(() -> new AdminValidationException("username", "users.error.unknown"));
        if (existing.roles().contains(Role.ADMIN)
                && !roles.contains(Role.ADMIN)
                && existing.enabled()
                && users.countEnabledAdmins() <= 1) {
            problems.add(new FieldProblem("roles", "users.error.lastAdmin"));
        }
        AdminValidationException.throwIfAny(problems);
        users.update(username, displayName.strip(), roles);
        performed(actor, "STAFF_ROLES_CHANGED", username, "roles " + roles);
    }

    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        var existing =
                users.find(username).orElseThrow(() -> new AdminValidationException("username", "users.error.unknown"));
        if (!enabled
                && existing.roles().contains(Role.ADMIN)
                && existing.enabled()
                && users.countEnabledAdmins() <= 1) {
            throw new AdminValidationException("enabled", "users.error.lastAdmin");
        }
        users.setEnabled(username, enabled);
        performed(actor, enabled ? "STAFF_ENABLED" : "STAFF_DISABLED", username, "");
    }

    @Transactional
    public void resetPassword(String actor, String username, String newPassword) {
        if (!users.exists(username)) {
            throw new AdminValidationException("username", "users.error.unknown");
        }
        var problems = policy.check(username, newPassword);
        if (!problems.isEmpty()) {
            throw new AdminValidationException("password", problems.getFirst().translationKey());
        }
        users.setPassword(username, newPassword);
        performed(actor, "STAFF_PASSWORD_RESET", username, "");
    }

    private static void roles(Set<Role> roles, List<FieldProblem> problems) {
        if (roles == null || roles.isEmpty() || !STAFF_ROLES.containsAll(roles)) {
            problems.add(new FieldProblem("roles", "users.error.roles"));
        }
    }

    private void performed(String actor, String action, String target, String details) {
        events.publishEvent(new AdminActionPerformed(actor, action, target, details, clock.instant()));
    }
}
