package fi.vuoro.kiosk.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppointmentCodesTest {

    @Test
    void bareUriAndLinkForms() {
        assertThat(AppointmentCodes.reference("APT-1001")).contains("APT-1001");
        assertThat(AppointmentCodes.reference("  APT-1001\r\n")).contains("APT-1001");
        assertThat(AppointmentCodes.reference("vuoro:appointment:APT-1002")).contains("APT-1002");
        assertThat(AppointmentCodes.reference("https://booking.example/appointments/APT-1003/"))
                .contains("APT-1003");
        assertThat(AppointmentCodes.reference("https://booking.example/checkin?lang=fi&ref=APT-1004"))
                .contains("APT-1004");
    }

    @Test
    void anythingElseIsNotAnAppointment() {
        assertThat(AppointmentCodes.reference(null)).isEmpty();
        assertThat(AppointmentCodes.reference("")).isEmpty();
        assertThat(AppointmentCodes.reference("hello world")).isEmpty();
        assertThat(AppointmentCodes.reference("x".repeat(61))).isEmpty();
        assertThat(AppointmentCodes.reference("vuoro:appointment:../etc")).isEmpty();
        assertThat(AppointmentCodes.reference("https://exa mple/%%")).isEmpty();
        assertThat(AppointmentCodes.reference("ftp://host/APT-1")).isEmpty();
    }
}
