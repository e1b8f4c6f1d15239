package fi.vuoro.kiosk.checkin;

import fi.vuoro.kiosk.devices.DeviceRead;
import fi.vuoro.kiosk.flow.CheckIn;
import fi.vuoro.kiosk.flow.Identification;
import fi.vuoro.kiosk.flow.Step;
import fi.vuoro.kiosk.identify.AppointmentCodes;
import fi.vuoro.kiosk.server.QueueGateway;

/**
 * Card taps and scans on the identification step, on the UI thread: a card identifies the visitor (by its keyed
 * hash) and finds their appointment if they have one; an appointment QR finds the appointment; an unreadable card
 * or an unknown code keeps the visitor on the step with a sentence saying so, and counts towards struggle. On the
 * attract screen a card or code with an appointment goes straight to the ticket. Reads on any other step are
 * ignored: a card in someone's pocket brushing the reader must not move a visitor's flow. While the
 * feedback screens are open, a scan goes to them (the visitor's ticket QR names the visit being rated).
 */
final class DeviceReads {

    private final CheckInView view;
    private final CheckIn checkIn;
    private final TicketStep ticketStep;
    private final QueueGateway gateway;
    private String problem;

    DeviceReads(CheckInView view, CheckIn checkIn, TicketStep ticketStep, QueueGateway gateway) {
        this.view = view;
        this.checkIn = checkIn;
        this.ticketStep = ticketStep;
        this.gateway = gateway;
    }

    void handle(DeviceRead read) {
        // "How was your visit?" open on the attract screen: a scan names the visit being rated, not a check-in.
        if (read instanceof DeviceRead.CodeScanned code && view.feedbackScanned(code.payload())) return;
        if (checkIn.step() == Step.ATTRACT) {
            arrivedWithAppointment(read);
            return;
        }
        if (checkIn.step() != Step.IDENTIFY) return;
        switch (read) {
            case DeviceRead.CardTapped card -> {
                problem = null;
                ticketStep.useAppointment(
                        gateway.appointmentByCard(card.cardHash()).orElse(null));
                view.act(() -> checkIn.identify(new Identification.Card(card.cardHash())));
            }
            case DeviceRead.CodeScanned code -> {
                var appointment = AppointmentCodes.reference(code.payload()).flatMap(gateway::appointment);
                if (appointment.isPresent()) {
                    problem = null;
                    ticketStep.useAppointment(appointment.get());
                    view.act(() -> checkIn.identify(
                            new Identification.AppointmentQr(appointment.get().reference())));
                } else {
                    fail("identify.unknownCode", "UNKNOWN_CODE");
                }
            }
            case DeviceRead.Unreadable unreadable -> fail("identify.unreadable", "UNREADABLE_CARD");
        }
    }

    /**
     * On the attract screen only an appointment starts a check-in (journey 2: "scan or tap → Welcome, Anna"): a card
     * or code without one, or an unreadable read, leaves the screen as it is (nobody is mid-flow to tell; a walk-in
     * touches the screen).
     */
    private void arrivedWithAppointment(DeviceRead read) {
        switch (read) {
            case DeviceRead.CardTapped card ->
                gateway.appointmentByCard(card.cardHash()).ifPresent(appointment -> {
                    ticketStep.useAppointment(appointment);
                    view.act(() -> checkIn.arrivedWithAppointment(
                            new Identification.Card(card.cardHash()), appointment.serviceId()));
                });
            case DeviceRead.CodeScanned code ->
                AppointmentCodes.reference(code.payload())
                        .flatMap(gateway::appointment)
                        .ifPresent(appointment -> {
                            ticketStep.useAppointment(appointment);
                            view.act(() -> checkIn.arrivedWithAppointment(
                                    new Identification.AppointmentQr(appointment.reference()),
                                    appointment.serviceId()));
                        });
            case DeviceRead.Unreadable unreadable -> {}
        }
    }

    private void fail(String key, String what) {
        problem = key;
        view.act(() -> checkIn.identificationFailed(what));
    }

    /** The sentence the identification screen shows, or null. */
    String problem() {
        return problem;
    }

    void reset() {
        problem = null;
    }
}
