package fi.vuoro.server.counter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fi.vuoro.server.queue.TicketView;
import fi.vuoro.server.ui.ServiceNames;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Visitors this counter set aside (waiting for results, fetching papers), each with a way back into line. */
class ParkedList extends Div {

    private final Consumer<String> onReturn;

    ParkedList(Consumer<String> onReturn) {
        this.onReturn = onReturn;
        addClassName("parked-list");
    }

    void show(List<TicketView> parked, ServiceNames names, Locale locale) {
        removeAll();
        if (parked.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("counter.parked")));
        for (TicketView t : parked) {
            var back = new Button(getTranslation("counter.returnToQueue"), e -> onReturn.accept(t.id()));
            add(new HorizontalLayout(new Span(t.number() + " · " + names.name(t.serviceId(), locale)), back));
        }
    }
}
