package fi.vuoro.kiosk.checkin;

import fi.vuoro.kiosk.server.DeviceCommand;

/**
 * Opens a screen directly for screenshots and demos ({@code ?screen=ticket}), only with
 * {@code vuoro.kiosk.preview=true}. It walks the real flow with the same calls the buttons make, so a preview
 * cannot show a state the kiosk could not reach.
 */
final class PreviewScript {

    private final CheckInView view;

    PreviewScript(CheckInView view) {
        this.view = view;
    }

    void open(String screen) {
        var checkIn = view.checkIn();
        var language = checkIn.language();
        switch (screen) {
            case "language" -> checkIn.start();
            case "service" -> toService(language);
            case "identify" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
            }
            case "keypad" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
                view.openKeypadForPreview();
            }
            case "ticket" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
                view.act(checkIn::skipIdentification);
            }
            case "offer" -> {
                toService(language);
                checkIn.back();
                checkIn.chooseLanguage(language);
                checkIn.back();
                checkIn.chooseLanguage(language);
                view.act(checkIn::back);
            }
            case "help" -> {
                toService(language);
                view.askForPerson();
            }
            case "helper" -> {
                toService(language);
                view.askForPerson();
                view.onCommand(new DeviceCommand.HelpAnswered("Mari"));
            }
            case "idle" -> {
                toService(language);
                checkIn.declineHelp();
                // The warning the clock would raise; the preview cannot wait 45 s.
                view.showIdleWarningForPreview();
            }
            case "staffed" -> view.onCommand(new DeviceCommand.Staffed(true));
            case "locked" -> view.onCommand(new DeviceCommand.Lock("preview"));
            case "message" -> {
                toService(language);
                view.onCommand(new DeviceCommand.Message(messageFor(language)));
            }
            default -> {}
        }
    }

    private void toService(String language) {
        var checkIn = view.checkIn();
        checkIn.start();
        checkIn.chooseLanguage(language);
    }

    private static String messageFor(String language) {
        return switch (language) {
            case "sv" -> "Laboratoriet öppnar kl. 12.";
            case "en" -> "The laboratory opens at 12.";
            default -> "Laboratorio aukeaa klo 12.";
        };
    }
}
