package fi.vuoro.server.admin;

import fi.vuoro.hardware.escpos.MonochromeImage;
import java.time.Instant;
import java.util.Map;

/**
 * A site's ticket layout: header and footer per language (fi, sv, en) and an optional logo already in the
 * printer's 1-bit raster. {@code updatedAt} is {@code null} for the default (nothing saved yet).
 */
public record TicketLayoutSettings(
        String siteId,
        Map<String, String> header,
        Map<String, String> footer,
        MonochromeImage logo,
        Instant updatedAt) {

    public TicketLayoutSettings {
        header = Map.copyOf(header);
        footer = Map.copyOf(footer);
    }

    public String header(String language) {
        return header.getOrDefault(language, header.get("fi"));
    }

    public String footer(String language) {
        return footer.getOrDefault(language, footer.get("fi"));
    }
}
