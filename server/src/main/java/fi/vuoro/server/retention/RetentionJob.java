package fi.vuoro.server.retention;

import fi.vuoro.server.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Purges personal data past its retention period: every day at {@code vuoro.retention.cron} in {@code
 * vuoro.retention.time-zone}, and on demand by an admin ({@link #runNow}). Each holder gets the cutoff {@code now -
 * its period}; the counts go to {@code purge_run}/{@code purge_run_item} and to the audit log. One run at a time per
 * node; two nodes running at once is harmless (purges are idempotent).
 */
@Service
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<PersonalDataHolder> holders;
    private final RetentionProperties properties;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();

    RetentionJob(
            List<PersonalDataHolder> holders,
            RetentionProperties properties,
            JdbcClient jdbc,
            AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.holders = holders.stream()
                .sorted(Comparator.comparing(PersonalDataHolder::kind))
                .toList();
        this.properties = properties;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${vuoro.retention.cron:0 30 3 * * *}", zone = "${vuoro.retention.time-zone:Europe/Helsinki}")
    void daily() {
        if (properties.enabled()) {
            runNow("system");
        }
    }

    /** The registered kinds, for the data register check and the admin screen. */
    public List<String> kinds() {
        return holders.stream().map(PersonalDataHolder::kind).toList();
    }

    /** Runs the purge now (blocking while another run on this node finishes) and returns what it purged. */
    public PurgeRun runNow(String triggeredBy) {
        running.lock();
        try {
            Instant started = clock.instant();
            var items = new ArrayList<PurgeRun.Item>();
            for (var holder : holders) {
                var cutoff = started.minus(properties.of(holder.period()));
                int purged = holder.purgeBefore(cutoff);
                items.add(new PurgeRun.Item(holder.kind(), cutoff, purged));
            }
            var run = save(started, clock.instant(), triggeredBy, items);
            var summary = items.stream().map(i -> i.kind() + "=" + i.purged()).collect(Collectors.joining(", "));
            audit.record(triggeredBy, "RETENTION_PURGE", null, null, null, "run " + run.id(), summary);
            log.info("Retention run {} by {} purged {} records: {}", run.id(), triggeredBy, run.total(), summary);
            return run;
        } finally {
            running.unlock();
        }
    }

    /** The most recent runs, newest first. */
    public List<PurgeRun> recentRuns(int max) {
        var runs = jdbc.sql("select * from purge_run order by id desc limit " + Math.max(0, max))
                .query((rs, row) -> new PurgeRun(
                        rs.getLong("id"),
                        rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                        rs.getString("triggered_by"),
                        List.of()))
                .list();
        return runs.stream()
                .map(run ->
                        new PurgeRun(run.id(), run.startedAt(), run.finishedAt(), run.triggeredBy(), items(run.id())))
                .toList();
    }

    private List<PurgeRun.Item> items(long runId) {
        return jdbc.sql("select kind, cutoff, purged from purge_run_item where run_id = ? order by kind")
                .param(runId)
                .query((rs, row) -> new PurgeRun.Item(
                        rs.getString("kind"),
                        rs.getObject("cutoff", OffsetDateTime.class).toInstant(),
                        rs.getLong("purged")))
                .list();
    }

    private PurgeRun save(Instant started, Instant finished, String triggeredBy, List<PurgeRun.Item> items) {
        long total = items.stream().mapToLong(PurgeRun.Item::purged).sum();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into purge_run (started_at, finished_at, triggered_by, total_purged) values (?, ?, ?, ?)")
                .params(started.atOffset(ZoneOffset.UTC), finished.atOffset(ZoneOffset.UTC), triggeredBy, total)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (var item : items) {
            jdbc.sql("insert into purge_run_item (run_id, kind, cutoff, purged) values (?, ?, ?, ?)")
                    .params(id, item.kind(), item.cutoff().atOffset(ZoneOffset.UTC), item.purged())
                    .update();
        }
        return new PurgeRun(id, started, finished, triggeredBy, List.copyOf(items));
    }
}
