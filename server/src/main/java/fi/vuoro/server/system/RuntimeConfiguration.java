package fi.vuoro.server.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one clock all features use (tests replace it with a movable one), and scheduled jobs. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RuntimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
