package fi.vuoro.server.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A line that tells staff the screen was offline and is up to date again ("Offline 10:02:11–10:02:40, now up to
 * date"). The page remembers when the connection dropped in {@code sessionStorage}, so the line also appears after
 * Vaadin reloaded the page itself because the server restarted (its session was gone). Vaadin's own connection
 * indicator shows while the connection is down; this line is what stays afterwards. Call {@link #install()} on
 * every attach.
 */
public class ConnectionBanner extends Span {

    private static final String SCRIPT = """
            const el = this, template = $0;
            const fmt = t => new Date(t).toLocaleTimeString();
            const show = () => {
              const since = sessionStorage.getItem('vuoroOfflineSince');
              if (!since) return;
              sessionStorage.removeItem('vuoroOfflineSince');
              el.textContent = template.replace('{0}', fmt(Number(since))).replace('{1}', fmt(Date.now()));
              el.dataset.wasOffline = String((Number(el.dataset.wasOffline) || 0) + 1);
              el.hidden = false;
            };
            const store = window.Vaadin && window.Vaadin.connectionState;
            if (store && !el.vuoroListening) {
              el.vuoroListening = true;
              store.addStateChangeListener((previous, next) => {
                if (next === 'reconnecting' || next === 'connection-lost') {
                  if (!sessionStorage.getItem('vuoroOfflineSince')) sessionStorage.setItem('vuoroOfflineSince', String(Date.now()));
                } else if (next === 'connected') {
                  show();
                }
              });
            }
            show();
            """;

    public ConnectionBanner() {
        addClassName("offline-banner");
        setVisible(true);
        getElement().setAttribute("hidden", true);
        getElement().setAttribute("role", "status");
    }

    public void install() {
        getElement().executeJs(SCRIPT, getTranslation("common.wasOffline"));
    }
}
