package fi.vuoro.kiosk.checkin;

import fi.vuoro.hardware.reader.ReaderKind;
import fi.vuoro.kiosk.devices.DeviceRead;
import fi.vuoro.kiosk.server.DeviceCommand;
import fi.vuoro.kiosk.ticket.TicketPrinter.PrintOutcome;

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
            case "ticket", "printed", "paperout" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
                view.act(checkIn::skipIdentification);
                // The printer's answer as the real devices would give it (the browser tests print for real).
                if (screen.equals("printed")) view.previewPrintOutcome(PrintOutcome.PRINTED);
                if (screen.equals("paperout")) view.previewPrintOutcome(PrintOutcome.PAPER_OUT);
            }
            case "next" -> {
                // Nobody waits for vaccinations: the visitor is next in line ("You are next", never "about 0 min").
                toService(language);
                view.act(() -> checkIn.chooseService("vaccinations"));
                view.act(checkIn::skipIdentification);
                view.previewPrintOutcome(PrintOutcome.PRINTED);
            }
            case "welcome" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
                // The same path as the scanner: the appointment QR of the in-memory gateway's APT-1001.
                view.deviceRead(new DeviceRead.CodeScanned("APT-1001"));
                view.previewPrintOutcome(PrintOutcome.PRINTED);
            }
            case "unreadable" -> {
                toService(language);
                view.act(() -> checkIn.chooseService("lab"));
                view.deviceRead(new DeviceRead.Unreadable(ReaderKind.RDM6300));
            }
            case "pairing" -> view.showPairingForPreview("K7P-3QX");
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
