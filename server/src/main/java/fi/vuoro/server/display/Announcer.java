package fi.vuoro.server.display;

import com.vaadin.flow.component.Component;

/**
 * Plays the chime and the optional spoken announcement in the browser. The queue lives in the page: each call is
 * appended and played only after the previous chime and speech finished, so one announcement never cuts another
 * off. Every played announcement bumps {@code data-chime-count} on the body (a browser test's marker); the server
 * side mirrors the count on the view element.
 */
class Announcer {

    private static final String INSTALL = """
            if (!window.vuoroAnnouncer) {
              const queue = [];
              let busy = false;
              let ctx = null;
              const chime = () => new Promise(done => {
                try {
                  ctx = ctx || new (window.AudioContext || window.webkitAudioContext)();
                  const t = ctx.currentTime;
                  [660, 880].forEach((freq, i) => {
                    const osc = ctx.createOscillator();
                    const gain = ctx.createGain();
                    osc.frequency.value = freq;
                    gain.gain.setValueAtTime(0.0001, t + i * 0.35);
                    gain.gain.exponentialRampToValueAtTime(0.3, t + i * 0.35 + 0.02);
                    gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.35 + 0.3);
                    osc.connect(gain).connect(ctx.destination);
                    osc.start(t + i * 0.35);
                    osc.stop(t + i * 0.35 + 0.32);
                  });
                } catch (e) { /* no audio device: the marker and the screen still update */ }
                setTimeout(done, 800);
              });
              const speak = (text, lang) => new Promise(done => {
                if (!text || !window.speechSynthesis) { done(); return; }
                const u = new SpeechSynthesisUtterance(text);
                u.lang = lang;
                u.onend = done;
                u.onerror = done;
                window.speechSynthesis.speak(u);
                setTimeout(done, 10000);
              });
              const drain = async () => {
                if (busy) return;
                busy = true;
                while (queue.length) {
                  const a = queue.shift();
                  document.body.dataset.chimeCount = String((Number(document.body.dataset.chimeCount) || 0) + 1);
                  document.body.dataset.lastChime = a.number;
                  await chime();
                  await speak(a.text, a.lang);
                }
                busy = false;
              };
              window.vuoroAnnouncer = { enqueue: a => { queue.push(a); drain(); } };
            }
            """;

    private final Component host;
    private int announced;

    Announcer(Component host) {
        this.host = host;
    }

    /** Call on every attach: a reloaded page has lost the script. */
    void install() {
        host.getElement().executeJs(INSTALL);
    }

    /** @param speech spoken text, or {@code null} for the chime alone (sent as "": no nulls to executeJs) */
    void announce(String number, String speech, String language) {
        announced++;
        host.getElement().setAttribute("data-chime-count", Integer.toString(announced));
        host.getElement().setAttribute("data-last-chime", number);
        host.getElement()
                .executeJs(
                        "window.vuoroAnnouncer && window.vuoroAnnouncer.enqueue({number: $0, text: $1, lang: $2})",
                        number,
                        speech == null ? "" : speech,
                        language);
    }

    int announced() {
        return announced;
    }
}
