package fi.vuoro.server.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Queue engine settings ({@code vuoro.queue.*}); the defaults suit the embedded demo.
 *
 * @param starvationCap how long past its service's target wait priority traffic may hold any ticket
 * @param appointmentEarlyWindow how early before its booked time an appointment starts to compete as APPOINTMENT
 * @param noShowGrace a called ticket nobody started within this time becomes NO_SHOW; zero disables
 * @param maxRecalls recalls allowed; the next recall marks the ticket NO_SHOW instead
 * @param uncleanStartGap numbers skipped for today's counters when the node did not shut down cleanly, because H2
 *     may lose the last second of commits on power loss and must never reissue a number it already printed
 * @param nodeId identifies this node's clean-shutdown marker when several nodes share a database
 * @param housekeepingInterval how often day rollover and the no-show grace are checked
 */
@ConfigurationProperties("vuoro.queue")
public record QueueProperties(
        @DefaultValue("15m") Duration starvationCap,
        @DefaultValue("10m") Duration appointmentEarlyWindow,
        @DefaultValue("10m") Duration noShowGrace,
        @DefaultValue("3") int maxRecalls,
        @DefaultValue("50") int uncleanStartGap,
        @DefaultValue("local") String nodeId,
        @DefaultValue("30s") Duration housekeepingInterval) {}
