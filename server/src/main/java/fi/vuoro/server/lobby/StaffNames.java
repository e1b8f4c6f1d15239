package fi.vuoro.server.lobby;

import fi.vuoro.server.security.StaffUser;
import fi.vuoro.server.security.StaffUsers;
import org.springframework.stereotype.Component;

/** The name a visitor sees ("Mari from reception is coming"): the staff user's display name, else the username. */
@Component
class StaffNames {

    private final StaffUsers users;

    StaffNames(StaffUsers users) {
        this.users = users;
    }

    String displayName(String username) {
        return users.find(username)
                .map(StaffUser::displayName)
                .filter(name -> !name.isBlank())
                .orElse(username);
    }
}
