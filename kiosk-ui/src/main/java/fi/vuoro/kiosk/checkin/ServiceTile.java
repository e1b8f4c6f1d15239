package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.server.ServiceOption;
import fi.vuoro.kiosk.ticket.WaitEstimate;

/** One service: its name, how many wait and how long. Updated in place so live figures never move focus. */
class ServiceTile extends NativeButton {

    private final String serviceId;
    private final Span name = new Span();
    private final Span waiting = new Span();
    private final Span estimate = new Span();

    ServiceTile(ServiceOption service, String language, Runnable onChoose) {
        this.serviceId = service.id();
        addClassName("service-tile");
        name.addClassName("tile-name");
        waiting.addClassName("tile-waiting");
        estimate.addClassName("tile-estimate");
        add(name, waiting, estimate);
        addClickListener(e -> onChoose.run());
        update(service, language);
    }

    String serviceId() {
        return serviceId;
    }

    void update(ServiceOption service, String language) {
        name.setText(service.name(language));
        if (service.open()) {
            waiting.setText(getTranslation("service.waiting", service.waiting()));
            var wait = WaitEstimate.of(service.estimatedWaitSeconds());
            // A tile without an estimate shows the waiting count alone rather than "not known yet".
            estimate.setText(wait.known() ? getTranslation(wait.key(), wait.args()) : "");
        } else {
            waiting.setText(getTranslation("service.closed"));
            estimate.setText("");
        }
        setEnabled(service.open());
        getElement().setAttribute("aria-label", name.getText() + ". " + waiting.getText() + ". " + estimate.getText());
    }
}
