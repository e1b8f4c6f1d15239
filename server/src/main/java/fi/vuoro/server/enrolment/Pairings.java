package fi.vuoro.server.enrolment;

import fi.vuoro.server.security.Device;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.security.DeviceRegistry;
import fi.vuoro.server.security.DeviceTokens;
import fi.vuoro.server.site.SiteDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairing a kiosk or display: the device asks for a code ({@link #request}), an admin approves the code for a site
 * and a name ({@link #approve}), the device picks up its token exactly once ({@link #poll}).
 *
 * <p>Nothing secret is stored in the clear: the pairing id (the device's polling secret) is kept as its SHA-256, and
 * the device token is created at hand-over time with only its hash written to {@code device}. An approved code is
 * claimable for another {@link #VALIDITY} so a kiosk that polls late still gets it.
 */
@Service
public class Pairings {

    static final Duration VALIDITY = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final DeviceRegistry devices;
    private final SiteDirectory sites;
    private final Clock clock;

    Pairings(JdbcClient jdbc, DeviceRegistry devices, SiteDirectory sites, Clock clock) {
        this.jdbc = jdbc;
        this.devices = devices;
        this.sites = sites;
        this.clock = clock;
    }

    /** What the device gets back: its polling secret and the code it shows. */
    public record PairingRequested(String pairingId, String code, Instant expiresAt) {}

    public enum Status {
        PENDING,
        PAIRED,
        CLAIMED
    }

    /** The answer to a poll; {@code deviceId} and {@code token} only with the one {@code PAIRED} answer. */
    public record PollResult(Status status, String deviceId, String token) {}

    public sealed interface PollOutcome {
        record Found(PollResult result) implements PollOutcome {}

        record Unknown() implements PollOutcome {}

        record Expired() implements PollOutcome {}
    }

    @Transactional
    public PairingRequested request(DevicePrincipal.Kind kind, String requestedBy) {
        Instant now = clock.instant();
        jdbc.sql("delete from device_pairing where expires_at < ?")
                .param(at(now.minus(VALIDITY)))
                .update();
        String code = unusedCode(now);
        String pairingId = PairingCodes.newPairingId();
        Instant expiresAt = now.plus(VALIDITY);
        jdbc.sql("insert into device_pairing (id_hash, code, kind, status, requested_by, created_at, expires_at)"
                        + " values (?, ?, ?, 'PENDING', ?, ?, ?)")
                .params(DeviceTokens.hash(pairingId), code, kind.name(), requestedBy, at(now), at(expiresAt))
                .update();
        return new PairingRequested(pairingId, PairingCodes.display(code), expiresAt);
    }

    /** The device's poll: hands the token over on the first poll after approval, never again. */
    @Transactional
    public PollOutcome poll(String pairingId) {
        if (pairingId == null || pairingId.length() > 64) {
            return new PollOutcome.Unknown();
        }
        String idHash = DeviceTokens.hash(pairingId);
        var row = jdbc.sql("select status, expires_at, device_id from device_pairing where id_hash = ?")
                .param(idHash)
                .query((rs, i) -> new Object[] {
                    Status.valueOf(rs.getString(1)), rs.getObject(2, OffsetDateTime.class), rs.getString(3)
                })
                .optional();
        if (row.isEmpty()) {
            return new PollOutcome.Unknown();
        }
        Status status = (Status) row.get()[0];
        Instant expiresAt = ((OffsetDateTime) row.get()[1]).toInstant();
        String deviceId = (String) row.get()[2];
        if (!clock.instant().isBefore(expiresAt)) {
            return new PollOutcome.Expired();
        }
        return switch (status) {
            case PENDING -> new PollOutcome.Found(new PollResult(Status.PENDING, null, null));
            case CLAIMED -> new PollOutcome.Found(new PollResult(Status.CLAIMED, null, null));
            case PAIRED -> claim(idHash, deviceId);
        };
    }

    private PollOutcome claim(String idHash, String deviceId) {
        // The conditional update settles two concurrent polls: only one of them hands the token over.
        int won = jdbc.sql("update device_pairing set status = 'CLAIMED' where id_hash = ? and status = 'PAIRED'")
                .param(idHash)
                .update();
        if (won == 0) {
            return new PollOutcome.Found(new PollResult(Status.CLAIMED, null, null));
        }
        return devices.issueToken(deviceId)
                .<PollOutcome>map(token -> new PollOutcome.Found(new PollResult(Status.PAIRED, deviceId, token)))
                // revoked between approval and hand-over: nothing to hand over
                .orElseGet(() -> new PollOutcome.Found(new PollResult(Status.CLAIMED, null, null)));
    }

    /**
     * An admin approves a typed code: the device {@code deviceId} (new, or an existing one being re-paired, which
     * keeps its configuration and loses its old token) is prepared for the site.
     *
     * @throws EnrolmentException with a message key when the code is unknown/expired/used or the input is invalid
     */
    @Transactional
    public Device approve(String typedCode, String siteId, DevicePrincipal.Kind kind, String name, String deviceId) {
        String code = PairingCodes.normalise(typedCode);
        if (code == null) {
            throw new EnrolmentException("code", "enrolment.error.codeFormat");
        }
        if (siteId == null || sites.site(siteId).isEmpty()) {
            throw new EnrolmentException("site", "enrolment.error.site");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new EnrolmentException("name", "enrolment.error.name");
        }
        if (kind == null) {
            throw new EnrolmentException("kind", "enrolment.error.kind");
        }
        String id = deviceId == null || deviceId.isBlank() ? newDeviceId(kind, name) : deviceId;
        if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new EnrolmentException("deviceId", "enrolment.error.deviceId");
        }
        Instant now = clock.instant();
        var idHash = jdbc.sql(
                        "select id_hash from device_pairing where code = ? and status = 'PENDING' and expires_at > ?")
                .params(code, at(now))
                .query(String.class)
                .optional();
        if (idHash.isEmpty()) {
            throw new EnrolmentException("code", "enrolment.error.codeUnknown");
        }
        devices.prepare(id, siteId, kind, name.strip());
        int updated = jdbc.sql("update device_pairing set status = 'PAIRED', device_id = ?, expires_at = ?"
                        + " where id_hash = ? and status = 'PENDING'")
                .params(id, at(now.plus(VALIDITY)), idHash.get())
                .update();
        if (updated == 0) {
            throw new EnrolmentException("code", "enrolment.error.codeUnknown");
        }
        return devices.find(id).orElseThrow();
    }

    /** The kind the device asked to be paired as, for pre-filling the admin's form; empty for an unknown code. */
    public Optional<DevicePrincipal.Kind> requestedKind(String typedCode) {
        String code = PairingCodes.normalise(typedCode);
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select kind from device_pairing where code = ? and status = 'PENDING' and expires_at > ?")
                .params(code, at(clock.instant()))
                .query(String.class)
                .optional()
                .map(DevicePrincipal.Kind::valueOf);
    }

    private String unusedCode(Instant now) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = PairingCodes.newCode();
            long taken = jdbc.sql("select count(*) from device_pairing where code = ? and expires_at > ?")
                    .params(code, at(now))
                    .query(Long.class)
                    .single();
            if (taken == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free pairing code after 20 attempts");
    }

    private String newDeviceId(DevicePrincipal.Kind kind, String name) {
        String slug = name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40);
        }
        String base = slug.isEmpty() ? kind.name().toLowerCase(java.util.Locale.ROOT) : slug;
        String id = base;
        for (int n = 2; devices.find(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
