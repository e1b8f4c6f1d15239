package fi.vuoro.kiosk.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QueueMessagesTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final QueueMessages messages = new QueueMessages();

    private JsonNode read(String text) {
        return json.readTree(text);
    }

    @Test
    void readsServicesWithNamesPerLanguageAndDropsItemsWithoutId() {
        var services = messages.services(read("""
                [{"id":"lab","names":{"fi":"Laboratorio","sv":"Laboratorium","en":"Laboratory"},
                  "waiting":3,"estimatedWaitSeconds":420,"open":true},
                 {"names":{"fi":"ei id:tä"}},
                 {"id":"xray","nameFi":"Röntgen","nameEn":"X-ray","open":false}]
                """));
        assertThat(services).hasSize(2);
        assertThat(services.get(0).name("sv")).isEqualTo("Laboratorium");
        assertThat(services.get(0).waiting()).isEqualTo(3);
        assertThat(services.get(1).name("en")).isEqualTo("X-ray");
        assertThat(services.get(1).name("sv")).isEqualTo("Röntgen");
        assertThat(services.get(1).open()).isFalse();
        assertThat(messages.dropped()).isEqualTo(1);
    }

    @Test
    void readsTheServersServiceInfoWithWhereToGoAndAMissingEstimate() {
        var services = messages.services(read("""
                [{"id":"lab","prefix":"L","names":{"fi":"Laboratorio","en":"Laboratory"},
                  "whereToGo":{"fi":"Kerros 2","en":"Floor 2"},"targetWaitSeconds":900,"greetPersonally":false,
                  "open":true,"waiting":0}]
                """));
        assertThat(services.getFirst().locationIn("en")).isEqualTo("Floor 2");
        assertThat(services.getFirst().estimatedWaitSeconds()).isEqualTo(-1);
    }

    @Test
    void readsCommandsInTheServersEnvelope() {
        assertThat(
                        messages.command(
                                read(
                                        "{\"type\":\"STAFFED_MODE\",\"parameters\":{\"on\":false},\"issuedAt\":\"2026-11-23T09:00:00Z\"}")))
                .contains(new DeviceCommand.Staffed(false));
        assertThat(messages.command(read("{\"type\":\"MESSAGE\",\"parameters\":{\"text\":\"Tauko\"}}")))
                .contains(new DeviceCommand.Message("Tauko"));
        assertThat(messages.delta(read("{\"sequence\":7,\"type\":\"TicketTransferred\",\"endedTicketId\":\"t1\","
                        + "\"ticket\":{\"id\":\"t2\",\"serviceId\":\"xray\",\"status\":\"WAITING\"}}")))
                .hasValueSatisfying(d -> assertThat(d.endedTicketId()).isEqualTo("t1"));
    }

    @Test
    void readsTheIssuedTicket() {
        var ticket = messages.issued(read("""
                {"id":"t-1","number":"L007","serviceId":"lab","status":"WAITING","position":4,
                 "estimatedWaitSeconds":540,"issuedAt":"2026-11-23T09:15:00Z"}
                """)).orElseThrow();
        assertThat(ticket)
                .isEqualTo(new IssuedTicket(
                        "t-1", "L007", "lab", "WAITING", 4, 540L, Instant.parse("2026-11-23T09:15:00Z")));
    }

    @Test
    void aSnapshotNeedsASequenceAndADeltaNeedsATicket() {
        assertThat(messages.snapshot(read("{\"services\":[]}"))).isEmpty();
        var snapshot = messages.snapshot(read("""
                {"sequence":42,"services":[{"serviceId":"lab","waiting":1,"estimatedWaitSeconds":60,"open":true}],
                 "tickets":[{"id":"t1","serviceId":"lab","status":"WAITING","estimatedWaitSeconds":60},{"id":"broken"}]}
                """)).orElseThrow();
        assertThat(snapshot.sequence()).isEqualTo(42);
        assertThat(snapshot.tickets()).hasSize(1);

        assertThat(messages.delta(read("{\"sequence\":43}"))).isEmpty();
        assertThat(messages.delta(read(
                        "{\"sequence\":43,\"ticket\":{\"id\":\"t1\",\"serviceId\":\"lab\",\"status\":\"CALLED\"}}")))
                .hasValueSatisfying(d -> assertThat(d.ticket().status()).isEqualTo("CALLED"));
        assertThat(messages.dropped()).isEqualTo(3);
    }

    @Test
    void readsDeviceCommandsAndDropsUnknownOnes() {
        assertThat(messages.command(read("{\"type\":\"STAFFED\",\"on\":true}")))
                .contains(new DeviceCommand.Staffed(true));
        assertThat(messages.command(read("{\"type\":\"MESSAGE\",\"text\":\"Tauko\"}")))
                .contains(new DeviceCommand.Message("Tauko"));
        assertThat(messages.command(read("{\"type\":\"LOCK\"}"))).contains(new DeviceCommand.Lock(null));
        assertThat(messages.command(read("{\"type\":\"UNLOCK\"}"))).contains(new DeviceCommand.Unlock());
        assertThat(messages.command(read("{\"type\":\"HELP_ANSWERED\",\"staffName\":\"Mari\"}")))
                .contains(new DeviceCommand.HelpAnswered("Mari"));
        assertThat(messages.command(read("{\"type\":\"SELF_DESTRUCT\"}"))).isEmpty();
        assertThat(messages.command(read("[1,2,3]"))).isEmpty();
        assertThat(messages.dropped()).isEqualTo(2);
    }

    @Test
    void readsTheContractsCommandsWithStringParameters() {
        assertThat(
                        messages.command(
                                read(
                                        "{\"type\":\"STAFFED_MODE\",\"parameters\":{\"on\":\"false\"},\"issuedAt\":\"2026-11-23T09:00:00Z\"}")))
                .contains(new DeviceCommand.Staffed(false));
        assertThat(messages.command(read(
                        "{\"type\":\"HELP_ANSWERED\",\"parameters\":{\"requestId\":\"r-1\",\"staffName\":\"Mari\"}}")))
                .contains(new DeviceCommand.HelpAnswered("r-1", "Mari"));
        assertThat(messages.command(
                        read("{\"type\":\"GREETER\",\"parameters\":{\"ticketId\":\"t-1\",\"staffName\":\"Mari\"}}")))
                .contains(new DeviceCommand.Greeter("t-1", "Mari"));
        assertThat(messages.command(read("{\"type\":\"CONFIG_CHANGED\",\"parameters\":{}}")))
                .contains(new DeviceCommand.ConfigChanged());
        assertThat(messages.command(read("{\"type\":\"PRINT_TEST\",\"parameters\":{\"commandId\":\"c-1\"}}")))
                .contains(new DeviceCommand.PrintTest("c-1"));
        assertThat(messages.command(read("{\"type\":\"PRINTER_STATUS\",\"parameters\":{\"commandId\":\"c-2\"}}")))
                .contains(new DeviceCommand.PrinterStatus("c-2"));
        assertThat(messages.command(read(
                        "{\"type\":\"READ_CARD\",\"parameters\":{\"commandId\":\"c-3\",\"timeoutSeconds\":\"20\"}}")))
                .contains(new DeviceCommand.ReadCard("c-3", 20));
        assertThat(messages.command(read(
                        "{\"type\":\"READ_CARD\",\"parameters\":{\"commandId\":\"c-4\",\"timeoutSeconds\":\"soon\"}}")))
                .contains(new DeviceCommand.ReadCard("c-4", 30));
        // A greeter without a ticket cannot be matched to anyone: dropped.
        assertThat(messages.command(read("{\"type\":\"GREETER\",\"parameters\":{\"staffName\":\"Mari\"}}")))
                .isEmpty();
        assertThat(messages.dropped()).isEqualTo(1);
    }

    @Test
    void readsOverridesSelfAndAppointments() {
        assertThat(messages.overrides(
                        read("{\"staffed\":true,\"message\":\"Tauko\",\"locked\":false,\"lockReason\":null}")))
                .containsExactly(
                        new DeviceCommand.Staffed(true),
                        new DeviceCommand.Message("Tauko"),
                        new DeviceCommand.Unlock());

        var self = messages.self(read("""
                {"deviceId":"kiosk-lobby-1","type":"KIOSK","siteId":"demo","name":"Lobby kiosk 1",
                 "printer":{"port":"/dev/ttyUSB0","baud":115200,"paperWidthMm":80,"codePage":"PC858"},
                 "cardReader":{"type":"RDM6300","port":"/dev/ttyUSB1","baud":9600},
                 "scanner":null}
                """)).orElseThrow();
        assertThat(self.deviceId()).isEqualTo("kiosk-lobby-1");
        assertThat(self.printer()).isEqualTo(new DeviceSelf.Printer("/dev/ttyUSB0", 115200, 80, "PC858"));
        assertThat(self.cardReader()).isEqualTo(new DeviceSelf.Reader("RDM6300", "/dev/ttyUSB1", 9600));
        assertThat(self.scanner()).isNull();
        assertThat(messages.self(read("{\"name\":\"no id\"}"))).isEmpty();

        assertThat(
                        messages.appointment(
                                read(
                                        "{\"reference\":\"APT-1001\",\"serviceId\":\"lab\",\"visitorName\":\"Anna\",\"at\":\"2026-11-23T08:40:00Z\"}")))
                .contains(new Appointment("APT-1001", "lab", "Anna", Instant.parse("2026-11-23T08:40:00Z")));
        assertThat(messages.appointment(read("{\"reference\":\"APT-1001\",\"at\":\"yesterday\"}")))
                .isEmpty();
    }

    @Test
    void servicesAndSiteConfigEventsMeanReReadTheServicesOthersDoNotAndGarbageIsCounted() {
        assertThat(messages.servicesChanged(read("{\"kind\":\"SERVICES\",\"at\":\"2026-11-23T08:00:00Z\"}")))
                .isTrue();
        assertThat(messages.servicesChanged(read("{\"kind\":\"SITE\"}"))).isTrue();
        assertThat(messages.servicesChanged(read("{\"kind\":\"COUNTERS\"}"))).isFalse();
        assertThat(messages.servicesChanged(read("{\"kind\":\"LAYOUT\"}"))).isFalse();
        assertThat(messages.dropped()).isZero();
        assertThat(messages.servicesChanged(read("[1,2]"))).isFalse();
        assertThat(messages.servicesChanged(read("{\"kind\":7}"))).isFalse();
        assertThat(messages.dropped()).isEqualTo(2);
    }
}
