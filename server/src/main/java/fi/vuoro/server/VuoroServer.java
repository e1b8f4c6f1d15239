package fi.vuoro.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VuoroServer {

    public static void main(String[] args) {
        SpringApplication.run(VuoroServer.class, args);
    }
}
