package fi.vuoro.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings for the kiosk. Styling is Lumo plus a plain CSS file from static resources, so Vaadin's
 * pre-compiled bundle serves the app and no Node build is needed (see docs/decisions.md). {@link Push}: what arrives
 * from the server and the devices (reception's answer, an override, a card tap, a renamed service) reaches the
 * screen at once, not at the view's next one-second poll.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kiosk.css")
@Viewport("width=device-width, initial-scale=1, user-scalable=no")
public class KioskShell implements AppShellConfigurator {}
