package fi.vuoro.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.vuoro.server.ui.StaffTranslations;
import fi.vuoro.server.ui.Texts;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audit entries in words, from the stored action codes and key=value details, with the real bundles. */
class AuditTextTest {

    static final StaffTranslations BUNDLES = new StaffTranslations();
    static final Texts EN = Texts.of(BUNDLES, StaffTranslations.EN);
    static final Texts FI = Texts.of(BUNDLES, StaffTranslations.FI);
    static final Texts SV = Texts.of(BUNDLES, StaffTranslations.SV);
    static final AuditText.Names NAMES =
            new AuditText.Names(Map.of("s-c1", "Room 1")::get, Map.of("s-lab", "Laboratory")::get);

    static AuditEntry entry(String action, String details) {
        return new AuditEntry(1, Instant.EPOCH, "anna", action, "s", "v", "t", "A001", details);
    }

    static String words(String action, String details, Texts t) {
        return AuditText.details(entry(action, details), NAMES, t);
    }

    @Test
    void queueActions() {
        assertThat(words("TICKET_CALLED", "counter=s-c1", EN)).isEqualTo("Counter Room 1");
        assertThat(words("TICKET_CALLED", "counter=s-c1", FI)).isEqualTo("Palvelupiste Room 1");
        assertThat(words("TICKET_COMPLETED", "outcome=follow-up", EN)).isEqualTo("Outcome: Follow-up needed");
        assertThat(words("TICKET_COMPLETED", "outcome=custom_code", SV)).isEqualTo("Resultat: custom_code");
        assertThat(words("TICKET_TRANSFERRED", "from=t0 service=s-lab", EN)).isEqualTo("To Laboratory");
        assertThat(words("TICKET_TRANSFERRED", "from=t0 service=s-lab counter=s-c1", SV))
                .isEqualTo("Till Laboratory, disk Room 1");
        assertThat(words("PRIORITY_RAISED", "priority=URGENT reason=URGENT_MEDICAL", EN))
                .isEqualTo("Reason: Urgent medical need");
        assertThat(words("TICKET_ISSUED", "service=s-lab", FI)).isEqualTo("Palvelu: Laboratory");
        assertThat(words("COUNTER_OPENED", "counter=s-gone", EN))
                .as("an id no longer known reads as itself")
                .isEqualTo("Counter s-gone");
    }

    @Test
    void loginsRetentionAndExports() {
        assertThat(words("LOGIN", "channel=form address=10.0.0.7", EN)).isEqualTo("Sign-in page from 10.0.0.7");
        assertThat(words("LOGIN_FAILED", "channel=stomp address=10.0.0.7", FI))
                .isEqualTo("Reaaliaikayhteys, osoite 10.0.0.7");
        assertThat(words("RETENTION_PURGE", "visit-notes=4, ticket-appointments=1", EN))
                .isEqualTo("visit notes 4, appointment details on tickets 1");
        assertThat(words("AUDIT_EXPORTED", "user=anna visit= from=2026-11-01 to=", EN))
                .isEqualTo("User: anna, From: 2026-11-01");
        assertThat(words("AUDIT_EXPORTED", "user= visit= from=null to=null", SV))
                .isEqualTo("Inget filter");
    }

    @Test
    void freeTextAndAdminSentencesShowAsStored() {
        assertThat(words("ADMIN_SITE_SAVED", "Main office, Europe/Helsinki, [fi, sv]", EN))
                .isEqualTo("Main office, Europe/Helsinki, [fi, sv]");
        assertThat(words("ADMIN_STAFF_CREATED", "roles=[ADMIN]", EN)).isEqualTo("roles=[ADMIN]");
        assertThat(words("TICKET_CALLED", "counter room-1", EN))
                .as("an older entry")
                .isEqualTo("counter room-1");
        assertThat(words("LOGOUT", null, EN)).isEmpty();
    }

    @Test
    void actionsInWordsAndUnknownCodesAsThemselves() {
        assertThat(AuditText.action("TICKET_NO_SHOW", FI)).isNotBlank().doesNotContain("!");
        assertThat(AuditText.action("ADMIN_DEVICE_REVOKED", EN)).isEqualTo("Device revoked");
        assertThat(AuditText.action("ADMIN_SOMETHING_NEW", SV)).isEqualTo("ADMIN_SOMETHING_NEW");
    }

    @Test
    void keyValuePairsParseOnlyWhenEveryTokenIsAPair() {
        assertThat(AuditText.pairs("a=1 b=2, c=")).hasValue(Map.of("a", "1", "b", "2", "c", ""));
        assertThat(AuditText.pairs("from ticket x")).isEmpty();
        assertThat(AuditText.pairs("=x")).isEmpty();
    }
}
