package fi.vuoro.kiosk.identify;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The appointment reference in a scanned code. Booking systems print it bare ({@code APT-1001}), as a URI
 * ({@code vuoro:appointment:APT-1001}) or inside a link ({@code https://…/appointments/APT-1001} or
 * {@code …?ref=APT-1001}); anything else is not an appointment code.
 */
public final class AppointmentCodes {

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._-]{1,60}");
    private static final Pattern REF_PARAMETER = Pattern.compile("(?:^|&)(?:ref|reference)=([^&]+)");

    private AppointmentCodes() {}

    public static Optional<String> reference(String scanned) {
        if (scanned == null) return Optional.empty();
        var code = scanned.strip();
        if (REFERENCE.matcher(code).matches()) return Optional.of(code);
        if (code.regionMatches(true, 0, "vuoro:appointment:", 0, 18)) return valid(code.substring(18));
        if (code.startsWith("https://") || code.startsWith("http://")) {
            try {
                var uri = URI.create(code);
                if (uri.getRawQuery() != null) {
                    var parameter = REF_PARAMETER.matcher(uri.getRawQuery());
                    if (parameter.find()) return valid(parameter.group(1));
                }
                var path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
                return valid(path.substring(path.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valid(String candidate) {
        return REFERENCE.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
