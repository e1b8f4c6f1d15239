package fi.vuoro.kiosk;

import fi.vuoro.kiosk.flow.FlowTimeouts;
import fi.vuoro.kiosk.flow.StruggleRules;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk's configuration ({@code vuoro.kiosk.*}). The defaults run the embedded demo with no configuration:
 * the demo server on this machine, site {@code demo}, device token {@code demo-kiosk}.
 *
 * @param gateway {@code server} (the real server) or {@code in-memory} (standalone demo and view tests)
 * @param mobileTicketUrl template for the ticket's QR code; {@code {id}} is replaced by the ticket id
 * @param identificationOffered whether the flow asks for card / QR / code before issuing
 * @param preview allows {@code ?screen=...} to open a screen directly, for screenshots; never on a real kiosk
 * @param reader the card reader; {@code scanner} the barcode/QR scanner (type {@code scanner})
 * @param dataDir where the kiosk keeps its device token (and other local state); default {@code ~/.vuoro/kiosk}
 */
@ConfigurationProperties("vuoro.kiosk")
public record KioskProperties(
        @DefaultValue("http://localhost:8080") URI serverUrl,
        @DefaultValue("demo") String site,
        @DefaultValue("demo-kiosk") String deviceToken,
        @DefaultValue("server") String gateway,
        @DefaultValue("") String mobileTicketUrl,
        @DefaultValue("true") boolean identificationOffered,
        @DefaultValue("false") boolean preview,
        @DefaultValue Timeouts timeouts,
        @DefaultValue Printer printer,
        @DefaultValue Reader reader,
        @DefaultValue Reader scanner,
        @DefaultValue("") String dataDir) {

    /** All time-outs in one place so a site can tune them for its visitors. */
    public record Timeouts(
            @DefaultValue("45s") Duration idleWarning,
            @DefaultValue("20s") Duration warningGrace,
            @DefaultValue("30s") Duration ticketShown,
            @DefaultValue("5m") Duration helpWait,
            @DefaultValue("30s") Duration struggleIdle,
            @DefaultValue("3") int struggleReversals,
            @DefaultValue("2") int struggleFailures,
            @DefaultValue("5s") Duration request,
            @DefaultValue("5s") Duration reconnectDelay) {

        public FlowTimeouts flow() {
            return new FlowTimeouts(idleWarning, warningGrace, ticketShown, helpWait);
        }

        public StruggleRules struggle() {
            return new StruggleRules(struggleIdle, struggleReversals, struggleFailures);
        }
    }

    /** Receipt printer on a serial port; empty port = no printer (ticket on screen only). */
    public record Printer(
            @DefaultValue("") String port,
            @DefaultValue("115200") int baud,
            @DefaultValue("80") int paperWidthMm,
            @DefaultValue("PC858") String codePage) {}

    /** Card reader or scanner on a serial port; type {@code none}, {@code rdm6300}, {@code id12}, {@code magstripe}, {@code scanner}. */
    public record Reader(
            @DefaultValue("none") String type,
            @DefaultValue("") String port,
            @DefaultValue("9600") int baud) {}

    /** The data directory, resolved explicitly (a relative path would follow whatever the working directory is). */
    public java.nio.file.Path dataDirectory() {
        return dataDir.isBlank()
                ? java.nio.file.Path.of(System.getProperty("user.home"), ".vuoro", "kiosk")
                : java.nio.file.Path.of(dataDir).toAbsolutePath();
    }

    public String mobileTicketUrl(String ticketId) {
        var template = mobileTicketUrl.isBlank()
                ? serverUrl.toString().replaceAll("/$", "") + "/ticket/{id}"
                : mobileTicketUrl;
        return template.replace("{id}", ticketId);
    }
}
