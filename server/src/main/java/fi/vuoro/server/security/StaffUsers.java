package fi.vuoro.server.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Staff users and their roles in the database. Passwords are hashed here, on the way in. */
@Repository
public class StaffUsers {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffUsers(JdbcClient jdbc, PasswordEncoder passwordEncoder, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * The user with their roles, in one statement: reading the roles from inside the user row's mapper took a second
     * pooled connection while holding the first, and as many concurrent staff requests as the pool has connections
     * then waited for each other until the pool's time-out.
     */
    public Optional<StaffUser> find(String username) {
        record Row(String username, String displayName, String passwordHash, boolean enabled, String role) {}
        List<Row> rows = jdbc.sql("select u.username, u.display_name, u.password_hash, u.enabled, r.role"
                        + " from staff_user u left join staff_user_role r on r.username = u.username"
                        + " where u.username = ?")
                .param(username)
                .query((rs, row) -> new Row(
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled"),
                        rs.getString("role")))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        var roles = EnumSet.noneOf(Role.class);
        rows.stream().map(Row::role).filter(r -> r != null).forEach(r -> roles.add(Role.valueOf(r)));
        Row first = rows.getFirst();
        return Optional.of(
                new StaffUser(first.username(), first.displayName(), first.passwordHash(), roles, first.enabled()));
    }

    /** Creates the user unless the username is taken; returns whether it was created. */
    @Transactional
    public boolean createIfAbsent(String username, String displayName, String rawPassword, Set<Role> roles) {
        if (exists(username)) {
            return false;
        }
        jdbc.sql("insert into staff_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, ?, ?, true, ?)")
                .params(username, displayName, passwordEncoder.encode(rawPassword), now())
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_user_role (username, role) values (?, ?)")
                    .params(username, role.name())
                    .update();
        }
        return true;
    }

    /** Every staff user, by username. */
    public List<StaffUser> list() {
        return jdbc.sql("select username from staff_user order by username").query(String.class).list().stream()
                .map(name -> find(name).orElseThrow())
                .toList();
    }

    /** Enables or disables login; false when no such user. */
    public boolean setEnabled(String username, boolean enabled) {
        return jdbc.sql("update staff_user set enabled = ? where username = ?")
                        .params(enabled, username)
                        .update()
                == 1;
    }

    /** Sets a new password (hashed here); the caller has checked it against the password policy. */
    public boolean setPassword(String username, String rawPassword) {
        return jdbc.sql("update staff_user set password_hash = ? where username = ?")
                        .params(passwordEncoder.encode(rawPassword), username)
                        .update()
                == 1;
    }

    /** Replaces the user's display name and roles; false when no such user. */
    @Transactional
    public boolean update(String username, String displayName, Set<Role> roles) {
        if (jdbc.sql("update staff_user set display_name = ? where username = ?")
                        .params(displayName, username)
                        .update()
                == 0) {
            return false;
        }
        jdbc.sql("delete from staff_user_role where username = ?")
                .param(username)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_user_role (username, role) values (?, ?)")
                    .params(username, role.name())
                    .update();
        }
        return true;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from staff_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Enabled users holding {@link Role#ADMIN}; zero means nobody can administer the installation yet. */
    public long countEnabledAdmins() {
        return jdbc.sql("select count(*) from staff_user u join staff_user_role r on r.username = u.username"
                        + " where u.enabled and r.role = ?")
                .param(Role.ADMIN.name())
                .query(Long.class)
                .single();
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
