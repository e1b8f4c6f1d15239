package fi.vuoro.server.mobile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs and checks mobile ticket tokens: {@code <ticketId>.<128-bit HMAC-SHA256 of it>}. Ticket ids travel to
 * displays and devices, so the id alone must not open the page; the MAC needs the server's key. The key comes from
 * {@code vuoro.mobile.link-key} (base64, same on every node) or is generated once into the data directory, so
 * printed QR codes keep working after a restart. No schema change: any ticket can get a link.
 */
@Component
public class MobileTicketLinks {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;

    public MobileTicketLinks(
            @Value("${vuoro.mobile.link-key:}") String configuredKey, @Value("${vuoro.data-dir}") Path dataDir) {
        this.key = configuredKey.isBlank()
                ? storedKey(dataDir)
                : Base64.getDecoder().decode(configuredKey);
    }

    /** The page's path for the ticket the visit started with, e.g. for the QR code on the printed ticket. */
    public String path(String ticketId) {
        return "t/" + token(ticketId);
    }

    public String token(String ticketId) {
        return ticketId + "." + B64.encodeToString(mac(ticketId));
    }

    /** The ticket id when the token is genuine; empty for anything tampered, truncated or malformed. */
    public Optional<String> ticketId(String token) {
        int dot = token == null ? -1 : token.lastIndexOf('.');
        if (dot <= 0 || token.length() > 200) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        // Compare the canonical encoding, not decoded bytes: a lenient decoder ignores the last character's spare
        // bits, so a tampered token could otherwise decode to the genuine MAC.
        byte[] given = token.substring(dot + 1).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] expected = B64.encode(mac(id));
        return MessageDigest.isEqual(given, expected) ? Optional.of(id) : Optional.empty();
    }

    private byte[] mac(String ticketId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(ticketId.getBytes(java.nio.charset.StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] storedKey(Path dataDir) {
        Path file = dataDir.resolve("mobile-link.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            Files.createDirectories(dataDir);
            Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the mobile link key in " + dataDir, e);
        }
    }
}
