package fi.vuoro.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings for the kiosk. Styling is Lumo plus a plain CSS file from static resources, so Vaadin's
 * pre-compiled bundle serves the app and no Node build is needed (see docs/decisions.md).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kiosk.css")
@Viewport("width=device-width, initial-scale=1, user-scalable=no")
public class KioskShell implements AppShellConfigurator {}
