package fi.vuoro.server.health;

import java.util.ArrayList;
import java.util.List;

/** Compares two consecutive reports of one device component by component: what went wrong, what recovered. */
final class TroubleTransitions {

    private TroubleTransitions() {}

    record Transition(DeviceComponent component, String state, boolean started) {}

    /** @param previous {@code null} for the first report ever (a device that starts in trouble raises it) */
    static List<Transition> between(StatusReport.Parsed previous, StatusReport.Parsed next) {
        var result = new ArrayList<Transition>();
        compare(
                result,
                DeviceComponent.PRINTER,
                previous != null && previous.printer().isTrouble(),
                next.printer().isTrouble(),
                next.printer().name());
        compare(
                result,
                DeviceComponent.CARD_READER,
                previous != null && previous.cardReader().isTrouble(),
                next.cardReader().isTrouble(),
                next.cardReader().name());
        compare(
                result,
                DeviceComponent.SCANNER,
                previous != null && previous.scanner().isTrouble(),
                next.scanner().isTrouble(),
                next.scanner().name());
        return result;
    }

    private static void compare(
            List<Transition> result, DeviceComponent component, boolean was, boolean is, String state) {
        if (!was && is) result.add(new Transition(component, state, true));
        if (was && !is) result.add(new Transition(component, state, false));
    }
}
