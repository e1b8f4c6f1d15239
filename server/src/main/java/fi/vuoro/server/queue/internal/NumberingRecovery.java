package fi.vuoro.server.queue.internal;

import fi.vuoro.server.queue.QueueProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps numbering safe across crashes. A node marks itself running at start and clears the mark on orderly
 * shutdown; finding the mark set at start means the last stop was unclean (kill -9, power loss). H2 may then have
 * lost the last second of commits, including number allocations whose tickets were already printed, so every
 * number counter from yesterday (UTC, to cover every time zone) onwards skips ahead by the configured gap.
 */
@Component
class NumberingRecovery implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(NumberingRecovery.class);

    private final JdbcClient jdbc;
    private final NumberAllocator numbers;
    private final QueueProperties properties;
    private final Clock clock;

    NumberingRecovery(JdbcClient jdbc, NumberAllocator numbers, QueueProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        String node = properties.nodeId();
        Boolean running = jdbc.sql("SELECT running FROM node_run WHERE node_id = ?")
                .param(node)
                .query(Boolean.class)
                .optional()
                .orElse(null);
        if (Boolean.TRUE.equals(running)) {
            LocalDate from =
                    LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1);
            int moved = numbers.skipAhead(from, properties.uncleanStartGap());
            LOG.warn(
                    "Unclean shutdown detected for node '{}': {} number counters skipped ahead by {}",
                    node,
                    moved,
                    properties.uncleanStartGap());
        }
        var now = TicketRows.ts(clock.instant());
        if (running == null) {
            jdbc.sql("INSERT INTO node_run (node_id, running, started_at) VALUES (?, TRUE, ?)")
                    .params(node, now)
                    .update();
        } else {
            jdbc.sql("UPDATE node_run SET running = TRUE, started_at = ? WHERE node_id = ?")
                    .params(now, node)
                    .update();
        }
    }

    @Override
    public void destroy() {
        try {
            jdbc.sql("UPDATE node_run SET running = FALSE WHERE node_id = ?")
                    .param(properties.nodeId())
                    .update();
        } catch (RuntimeException e) {
            // The database may already be gone; the next start then treats this stop as unclean, which is safe.
            LOG.warn("Could not record clean shutdown: {}", e.toString());
        }
    }
}
