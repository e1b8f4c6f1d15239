package fi.vuoro.server.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-level settings for the server's views. Lumo plus plain CSS files keep Vaadin's pre-compiled bundle in use (no
 * Node build); {@link Push} lets queue events reach open screens without a reload.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/staff.css")
@Viewport("width=device-width, initial-scale=1")
public class VuoroShell implements AppShellConfigurator {}
