package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fi.vuoro.kiosk.server.ServiceOption;
import java.util.List;
import java.util.function.Consumer;

/** "What brings you here?" with a tile per service and live waits. */
class ServiceScreen extends Div {

    private final String language;
    private final Consumer<String> onChoose;
    private final Div tiles = new Div();
    private List<String> shownIds = List.of();

    ServiceScreen(String language, boolean issueFailed, Consumer<String> onChoose) {
        this.language = language;
        this.onChoose = onChoose;
        addClassName("screen");
        addClassName("service-screen");
        add(new H1(getTranslation("service.title")));
        if (issueFailed) {
            var error = new Paragraph(getTranslation("service.issueFailed"));
            error.addClassName("error-note");
            error.getElement().setAttribute("role", "alert");
            add(error);
        }
        tiles.addClassName("tiles");
        add(tiles);
    }

    /** Rebuilds only when the set of services changed; otherwise updates figures in place. */
    void show(List<ServiceOption> services) {
        var ids = services.stream().map(ServiceOption::id).toList();
        if (!ids.equals(shownIds)) {
            tiles.removeAll();
            if (services.isEmpty()) {
                tiles.add(new Paragraph(getTranslation("service.none")));
            }
            for (var service : services) {
                tiles.add(new ServiceTile(service, language, () -> onChoose.accept(service.id())));
            }
            shownIds = ids;
            return;
        }
        var byId = services.stream().collect(java.util.stream.Collectors.toMap(ServiceOption::id, s -> s));
        tiles.getChildren()
                .filter(ServiceTile.class::isInstance)
                .map(ServiceTile.class::cast)
                .forEach(tile -> tile.update(byId.get(tile.serviceId()), language));
    }
}
