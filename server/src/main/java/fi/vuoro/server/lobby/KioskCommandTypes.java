package fi.vuoro.server.lobby;

/** The reception vocabulary of device commands (docs/device-channel.md). */
final class KioskCommandTypes {

    static final String STAFFED_MODE = "STAFFED_MODE";
    static final String MESSAGE = "MESSAGE";
    static final String LOCK = "LOCK";
    static final String UNLOCK = "UNLOCK";
    static final String HELP_ANSWERED = "HELP_ANSWERED";
    static final String GREETER = "GREETER";

    private KioskCommandTypes() {}
}
