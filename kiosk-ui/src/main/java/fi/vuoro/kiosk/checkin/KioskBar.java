package fi.vuoro.kiosk.checkin;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fi.vuoro.kiosk.i18n.Language;
import fi.vuoro.kiosk.server.ConnectionState;
import fi.vuoro.kiosk.server.DeviceStatus;
import java.util.function.Consumer;

/** The strip on top of every screen: connection state, language switch, large text and high contrast. */
class KioskBar extends Div {

    private final Span connection = new Span();
    private final Span devices = new Span();
    private final NativeButton largeText;
    private final NativeButton highContrast;
    private final Div languages = new Div();

    KioskBar(Consumer<Language> onLanguage, Runnable onLargeText, Runnable onHighContrast) {
        addClassName("kiosk-bar");
        connection.addClassName("connection");
        devices.addClassName("device-status");
        languages.addClassName("language-switch");
        languages.getElement().setAttribute("role", "group");
        for (var language : Language.values()) {
            var button = new NativeButton(language.ownName(), e -> onLanguage.accept(language));
            button.addClassNames("lang-button", "lang-" + language.code());
            button.getElement().setAttribute("lang", language.code());
            languages.add(button);
        }
        largeText = new NativeButton("A+", e -> onLargeText.run());
        largeText.addClassNames("toggle", "toggle-large-text");
        highContrast = new NativeButton("◐", e -> onHighContrast.run());
        highContrast.addClassNames("toggle", "toggle-high-contrast");
        var toggles = new Div(largeText, highContrast);
        toggles.addClassName("toggles");
        var status = new Div(connection, devices);
        status.addClassName("bar-status");
        add(status, languages, toggles);
    }

    /** Labels follow the current language; pressed states tell screen readers which modes are on. */
    void update(Language current, boolean large, boolean contrast, ConnectionState state) {
        languages.getElement().setAttribute("aria-label", getTranslation("bar.language"));
        languages.getChildren().forEach(child -> {
            boolean isCurrent = child.getElement().getClassList().contains("lang-" + current.code());
            child.getElement().setAttribute("aria-current", isCurrent ? "true" : "false");
            child.getElement().getClassList().set("current", isCurrent);
        });
        largeText.getElement().setAttribute("aria-label", getTranslation("bar.largeText"));
        largeText.getElement().setAttribute("aria-pressed", Boolean.toString(large));
        highContrast.getElement().setAttribute("aria-label", getTranslation("bar.highContrast"));
        highContrast.getElement().setAttribute("aria-pressed", Boolean.toString(contrast));
        showConnection(state);
    }

    void showConnection(ConnectionState state) {
        connection.setText(getTranslation("connection." + state.name().toLowerCase()));
        connection.getElement().setAttribute("data-state", state.name().toLowerCase());
    }

    /** For staff walking by: the devices' states, quietly; a fault is marked so it stands out. */
    void showDevices(DeviceStatus status) {
        var parts = new java.util.ArrayList<String>();
        part(parts, "devices.printer", status.printer());
        part(parts, "devices.cardReader", status.cardReader());
        part(parts, "devices.scanner", status.scanner());
        devices.setText(String.join(" · ", parts));
        devices.setVisible(!parts.isEmpty());
        boolean fault = !ok(status.printer()) || !ok(status.cardReader()) || !ok(status.scanner());
        devices.getElement().setAttribute("data-state", fault ? "fault" : "ok");
        devices.getElement().setAttribute("aria-label", getTranslation("devices.label") + ": " + devices.getText());
    }

    private void part(java.util.List<String> parts, String key, String state) {
        if (!"NONE".equals(state)) parts.add(getTranslation(key) + " " + getTranslation("devices." + state));
    }

    private static boolean ok(String state) {
        return "OK".equals(state) || "NONE".equals(state);
    }
}
