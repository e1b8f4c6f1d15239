package fi.vuoro.kiosk;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KioskApplication {

    public static void main(String[] args) {
        SpringApplication.run(KioskApplication.class, args);
    }

    /** The kiosk PC's own zone: "around 10:40" is local time in the lobby. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
