package fi.vuoro.server.messaging;

import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Service;

/**
 * Sends commands to one device over its private channel ({@code /topic/device.{deviceId}}). Reaches every open
 * session of that device and no other; a device that is offline misses the command (callers keep the desired state
 * and re-send it when the device reconnects).
 */
@Service
public class DeviceCommands {

    private final SimpMessagingTemplate broker;

    DeviceCommands(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    public void send(String deviceId, DeviceCommand command) {
        broker.convertAndSend(Destinations.deviceTopic(deviceId), command);
    }
}
