package fi.vuoro.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.vuoro.kiosk.flow.CheckIn.Help;
import fi.vuoro.kiosk.flow.CheckIn.Tick;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final AtomicInteger keys = new AtomicInteger();
    private final FlowTimeouts timeouts = new FlowTimeouts(
            Duration.ofSeconds(45), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(5));
    private final CheckIn checkIn = new CheckIn(
            clock,
            timeouts,
            new StruggleRules(Duration.ofSeconds(30), 3, 2),
            true,
            "fi",
            () -> "key-" + keys.incrementAndGet());

    @Test
    void walkInGoesFromAttractToTicketAndBack() {
        assertThat(checkIn.step()).isEqualTo(Step.ATTRACT);
        checkIn.start();
        assertThat(checkIn.step()).isEqualTo(Step.LANGUAGE);
        checkIn.chooseLanguage("sv");
        assertThat(checkIn.step()).isEqualTo(Step.SERVICE);
        checkIn.chooseService("lab");
        assertThat(checkIn.step()).isEqualTo(Step.IDENTIFY);
        checkIn.skipIdentification();
        assertThat(checkIn.step()).isEqualTo(Step.ISSUING);
        assertThat(checkIn.issueKey()).isEqualTo("key-1");
        assertThat(checkIn.identification()).isInstanceOf(Identification.Skipped.class);
        checkIn.issued("A001");
        assertThat(checkIn.step()).isEqualTo(Step.TICKET);
        assertThat(checkIn.language()).isEqualTo("sv");
        assertThat(checkIn.trail())
                .extracting(TrailEntry::what)
                .containsExactly("START", "LANGUAGE sv", "SERVICE lab", "IDENTIFIED SKIPPED", "TICKET A001");

        checkIn.finish();
        assertThat(checkIn.step()).isEqualTo(Step.ATTRACT);
        assertThat(checkIn.language()).isEqualTo("fi");
        assertThat(checkIn.trail()).isEmpty();
    }

    @Test
    void anAppointmentOnTheAttractScreenGoesStraightToIssuingForItsService() {
        checkIn.useLanguage("sv");
        checkIn.arrivedWithAppointment(new Identification.AppointmentQr("APT-1003"), "vacc");
        assertThat(checkIn.step()).isEqualTo(Step.ISSUING);
        assertThat(checkIn.serviceId()).isEqualTo("vacc");
        assertThat(checkIn.language()).isEqualTo("sv");
        assertThat(checkIn.identification()).isEqualTo(new Identification.AppointmentQr("APT-1003"));
        assertThat(checkIn.issueKey()).isEqualTo("key-1");
        assertThat(checkIn.trail()).extracting(TrailEntry::what).containsExactly("APPOINTMENT_ON_ATTRACT QR");
        // Only from the attract screen: mid-flow a read must not jump the visitor elsewhere.
        checkIn.issued("V001");
        assertThatThrownBy(() -> checkIn.arrivedWithAppointment(new Identification.Card("h"), "lab"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutIdentificationTheServiceGoesStraightToIssuing() {
        var quick = new CheckIn(clock, timeouts, StruggleRules.DEFAULTS, false, "en", () -> "k");
        quick.start();
        quick.chooseLanguage("en");
        quick.chooseService("pharmacy");
        assertThat(quick.step()).isEqualTo(Step.ISSUING);
    }

    @Test
    void languageCanBeSwitchedOnAnyScreenWithoutLeavingIt() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        checkIn.chooseService("lab");
        checkIn.chooseLanguage("en");
        assertThat(checkIn.step()).isEqualTo(Step.IDENTIFY);
        assertThat(checkIn.language()).isEqualTo("en");
    }

    @Test
    void actionsOutOfOrderAreRejected() {
        assertThatThrownBy(() -> checkIn.chooseService("lab")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> checkIn.issued("A001")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(checkIn::back).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retryAfterAFailedIssueReusesTheIdempotencyKeyForTheSameService() {
        toIssuing("lab");
        var first = checkIn.issueKey();
        checkIn.issueFailed("SERVER");
        assertThat(checkIn.step()).isEqualTo(Step.SERVICE);
        assertThat(checkIn.issueFailedLastTime()).isTrue();

        checkIn.chooseService("lab");
        checkIn.skipIdentification();
        assertThat(checkIn.issueKey()).isEqualTo(first);

        checkIn.issueFailed("SERVER");
        checkIn.chooseService("xray");
        checkIn.skipIdentification();
        assertThat(checkIn.issueKey()).isNotEqualTo(first);
    }

    @Test
    void aNewVisitGetsANewKey() {
        toIssuing("lab");
        var first = checkIn.issueKey();
        checkIn.issued("A001");
        checkIn.finish();
        toIssuing("lab");
        assertThat(checkIn.issueKey()).isNotEqualTo(first);
    }

    @Test
    void idleMidFlowOffersHelpThenWarnsThenResets() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        clock.advance(Duration.ofSeconds(30));
        assertThat(checkIn.tick()).isEqualTo(Tick.OFFER_HELP);
        assertThat(checkIn.help()).isEqualTo(Help.OFFERED);
        assertThat(checkIn.struggleReason()).isEqualTo(Struggle.IDLE_MID_FLOW);

        clock.advance(Duration.ofSeconds(15));
        assertThat(checkIn.tick()).isEqualTo(Tick.WARN_IDLE);
        assertThat(checkIn.idleWarningShown()).isTrue();
        clock.advance(Duration.ofSeconds(19));
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(checkIn.tick()).isEqualTo(Tick.RESET);
        assertThat(checkIn.step()).isEqualTo(Step.ATTRACT);
        assertThat(checkIn.help()).isEqualTo(Help.NONE);
    }

    @Test
    void extendingTimeClearsTheWarningAndRestartsTheCount() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        checkIn.declineHelp();
        clock.advance(Duration.ofSeconds(45));
        assertThat(checkIn.tick()).isEqualTo(Tick.WARN_IDLE);
        checkIn.extendTime();
        assertThat(checkIn.idleWarningShown()).isFalse();
        clock.advance(Duration.ofSeconds(44));
        assertThat(checkIn.tick()).isNotEqualTo(Tick.RESET);
        assertThat(checkIn.step()).isEqualTo(Step.SERVICE);
    }

    @Test
    void theTicketScreenReturnsToAttractOnItsOwnTimeOut() {
        toIssuing("lab");
        checkIn.issued("A001");
        clock.advance(Duration.ofSeconds(29));
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        clock.advance(Duration.ofSeconds(1));
        assertThat(checkIn.tick()).isEqualTo(Tick.RESET);
    }

    @Test
    void issuingIsNeverInterruptedByIdleness() {
        toIssuing("lab");
        clock.advance(Duration.ofMinutes(10));
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        assertThat(checkIn.step()).isEqualTo(Step.ISSUING);
    }

    @Test
    void goingBackAndForthThreeTimesOffersHelp() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        checkIn.back();
        checkIn.chooseLanguage("fi");
        checkIn.chooseService("lab");
        checkIn.back();
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        checkIn.back();
        assertThat(checkIn.step()).isEqualTo(Step.LANGUAGE);
        assertThat(checkIn.tick()).isEqualTo(Tick.OFFER_HELP);
        assertThat(checkIn.struggleReason()).isEqualTo(Struggle.BACK_AND_FORTH);
    }

    @Test
    void twoUnreadableCardsOfferHelp() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        checkIn.chooseService("lab");
        checkIn.identificationFailed("UNREADABLE_CARD");
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        checkIn.identificationFailed("UNREADABLE_CARD");
        assertThat(checkIn.tick()).isEqualTo(Tick.OFFER_HELP);
        assertThat(checkIn.struggleReason()).isEqualTo(Struggle.REPEATED_FAILURES);
        assertThat(checkIn.step()).isEqualTo(Step.IDENTIFY);
    }

    @Test
    void helpCanBeRequestedFromAnyStepAndKeepsTheScreenWhileSomeoneComes() {
        checkIn.start();
        checkIn.chooseLanguage("en");
        checkIn.requestHelp();
        assertThat(checkIn.help()).isEqualTo(Help.REQUESTED);
        assertThat(checkIn.trail())
                .extracting(TrailEntry::what)
                .containsExactly("START", "LANGUAGE en", "ASKED_FOR_PERSON");

        clock.advance(Duration.ofMinutes(2));
        assertThat(checkIn.tick()).isEqualTo(Tick.NOTHING);
        checkIn.helpAnswered("Mari");
        assertThat(checkIn.help()).isEqualTo(Help.ANSWERED);
        assertThat(checkIn.helperName()).isEqualTo("Mari");

        clock.advance(Duration.ofMinutes(3));
        assertThat(checkIn.tick()).isEqualTo(Tick.RESET);
    }

    @Test
    void helpRequestWorksOnTheAttractScreenToo() {
        checkIn.requestHelp();
        assertThat(checkIn.help()).isEqualTo(Help.REQUESTED);
        assertThat(checkIn.step()).isEqualTo(Step.ATTRACT);
    }

    @Test
    void theTrailKeepsOnlyTheLatestEntries() {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        for (int i = 0; i < 40; i++) {
            checkIn.chooseLanguage(i % 2 == 0 ? "sv" : "en");
        }
        assertThat(checkIn.trail()).hasSize(CheckIn.TRAIL_LIMIT);
        assertThat(checkIn.trail().getLast().what()).isEqualTo("LANGUAGE en");
    }

    private void toIssuing(String service) {
        checkIn.start();
        checkIn.chooseLanguage("fi");
        checkIn.chooseService(service);
        checkIn.skipIdentification();
    }
}
