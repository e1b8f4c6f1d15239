package fi.vuoro.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vuoro.kiosk.gateway=in-memory")
class KioskApplicationTest {

    @LocalServerPort
    int port;

    @Test
    void servesTheKioskShellWithTouchViewportAndStyles() {
        var page = RestClient.create("http://localhost:" + port)
                .get()
                .uri("/")
                .retrieve()
                .body(String.class);
        assertThat(page).contains("user-scalable=no").contains("styles/kiosk.css");
    }
}
