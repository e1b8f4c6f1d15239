package fi.vuoro.server.admin;

import fi.vuoro.hardware.emulator.PrinterEmulator;
import fi.vuoro.hardware.emulator.TicketPngRenderer;
import fi.vuoro.hardware.escpos.MonochromeImage;
import fi.vuoro.hardware.ticket.EscPosTicketEncoder;
import fi.vuoro.hardware.ticket.PaperWidth;
import fi.vuoro.hardware.ticket.TicketLayout;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteConfigurationChanged;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each site's ticket layout (table {@code ticket_layout}), and a preview rendered exactly as a printer would print
 * it: the layout is encoded to ESC/POS with the kiosk's own encoder, fed to the hardware module's printer
 * emulator, and the emulator's ticket drawn as a PNG.
 */
@Component
public class TicketLayouts {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final JdbcClient jdbc;
    private final SiteDirectory sites;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketLayouts(JdbcClient jdbc, SiteDirectory sites, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.sites = sites;
        this.events = events;
        this.clock = clock;
    }

    /** The saved layout, or a default with the site's name as header and no logo. */
    public TicketLayoutSettings layout(String siteId) {
        Site site = sites.site(siteId).orElseThrow(() -> new NotFoundException("No such site: " + siteId));
        return jdbc.sql("select * from ticket_layout where site_id = ?")
                .param(siteId)
                .query((rs, i) -> {
                    Map<String, String> header = new HashMap<>();
                    Map<String, String> footer = new HashMap<>();
                    for (String lang : LANGUAGES) {
                        put(header, lang, rs.getString("header_" + lang));
                        put(footer, lang, rs.getString("footer_" + lang));
                    }
                    byte[] raster = rs.getBytes("logo_raster");
                    MonochromeImage logo = raster == null
                            ? null
                            : new MonochromeImage(rs.getInt("logo_width"), rs.getInt("logo_height"), raster);
                    return new TicketLayoutSettings(
                            siteId,
                            header,
                            footer,
                            logo,
                            rs.getObject("updated_at", OffsetDateTime.class).toInstant());
                })
                .optional()
                .orElseGet(() -> new TicketLayoutSettings(
                        siteId, Map.of("fi", site.name(), "sv", site.name(), "en", site.name()), Map.of(), null, null));
    }

    /** Saves header and footer texts, keeping the logo. */
    @Transactional
    public void saveTexts(String actor, String siteId, Map<String, String> header, Map<String, String> footer) {
        var problems = new ArrayList<FieldProblem>();
        for (String lang : LANGUAGES) {
            if (length(header.get(lang)) > 200) {
                problems.add(new FieldProblem("header." + lang, "admin.error.tooLong"));
            }
            if (length(footer.get(lang)) > 300) {
                problems.add(new FieldProblem("footer." + lang, "admin.error.tooLong"));
            }
        }
        AdminValidationException.throwIfAny(problems);
        var current = layout(siteId);
        save(new TicketLayoutSettings(siteId, blankless(header), blankless(footer), current.logo(), clock.instant()));
        published(actor, siteId, "LAYOUT_TEXTS_SAVED", "header and footer");
    }

    /** Converts and saves an uploaded PNG/JPEG logo. */
    @Transactional
    public MonochromeImage uploadLogo(String actor, String siteId, byte[] file) {
        MonochromeImage logo = LogoConverter.convert(file);
        var current = layout(siteId);
        save(new TicketLayoutSettings(siteId, current.header(), current.footer(), logo, clock.instant()));
        published(actor, siteId, "LAYOUT_LOGO_UPLOADED", logo.width() + "x" + logo.height() + " dots");
        return logo;
    }

    @Transactional
    public void removeLogo(String actor, String siteId) {
        var current = layout(siteId);
        save(new TicketLayoutSettings(siteId, current.header(), current.footer(), null, clock.instant()));
        published(actor, siteId, "LAYOUT_LOGO_REMOVED", "");
    }

    /** A sample ticket in {@code language} on {@code paper}, as the printer emulator prints it (PNG bytes). */
    public byte[] preview(String siteId, String language, PaperWidth paper) {
        Site site = sites.site(siteId).orElseThrow(() -> new NotFoundException("No such site: " + siteId));
        var layout = layout(siteId);
        List<Service> services = sites.services(siteId);
        Service sample = services.isEmpty() ? null : services.getFirst();
        String prefix = sample == null ? "A" : sample.prefix();
        var ticket = new TicketLayout(
                layout.header(language),
                prefix + "123",
                sample == null ? null : sample.names().get(language),
                switch (language) {
                    case "sv" -> "Beräknad väntetid cirka 15 min";
                    case "en" -> "Estimated wait about 15 min";
                    default -> "Arvioitu odotus noin 15 min";
                },
                sample == null ? null : sample.whereToGo().get(language),
                LocalDateTime.ofInstant(clock.instant(), site.timeZone()),
                "https://vuoro.example/t/preview",
                null,
                layout.footer(language),
                Locale.of(language),
                paper,
                layout.logo());
        var encoded = new EscPosTicketEncoder().encode(ticket);
        var emulator = new PrinterEmulator(paper, clock, 1);
        emulator.receive(encoded.bytes());
        var printed =
                emulator.lastTicket().orElseThrow(() -> new IllegalStateException("the emulator printed nothing"));
        return new TicketPngRenderer().png(printed);
    }

    private void save(TicketLayoutSettings s) {
        jdbc.sql("delete from ticket_layout where site_id = ?")
                .param(s.siteId())
                .update();
        jdbc.sql("""
                insert into ticket_layout (site_id, header_fi, header_sv, header_en, footer_fi, footer_sv, footer_en,
                logo_width, logo_height, logo_raster, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        s.siteId(),
                        s.header().get("fi"),
                        s.header().get("sv"),
                        s.header().get("en"),
                        s.footer().get("fi"),
                        s.footer().get("sv"),
                        s.footer().get("en"),
                        s.logo() == null ? null : s.logo().width(),
                        s.logo() == null ? null : s.logo().height(),
                        s.logo() == null ? null : s.logo().bits(),
                        s.updatedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    private void published(String actor, String siteId, String action, String details) {
        Instant now = clock.instant();
        events.publishEvent(new SiteConfigurationChanged(siteId, SiteConfigurationChanged.Kind.LAYOUT, now));
        events.publishEvent(new AdminActionPerformed(actor, action, siteId, details, now));
    }

    private static Map<String, String> blankless(Map<String, String> texts) {
        Map<String, String> kept = new HashMap<>();
        texts.forEach((k, v) -> put(kept, k, v));
        return kept;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
