package fi.vuoro.server.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps the embedded H2 database file from growing without bound.
 *
 * <p>The server opens H2 with {@code WRITE_DELAY=0}: every commit writes its changed B-tree pages to the file as a
 * new chunk before it returns, so an acknowledged ticket survives {@code kill -9}. H2 then runs no background writer,
 * and that thread is also what rewrites the live pages of half-empty chunks so that old chunks can be freed. Without
 * it a chunk is freed only when every page in it has been replaced, and most chunks keep a page or two alive for good
 * (a leaf of a table that is no longer written to): a queue-like churn grew the file to 56 MB for 5 MB of rows
 * ({@code H2FileHousekeepingTest}), and a site's file would grow by most of every commit's chunk, day after day.
 *
 * <p>This does that part of H2's housekeeping on a schedule: when less than {@code target-fill-rate} percent of the
 * chunks' bytes are live, it rewrites the live pages of the emptiest chunks (at most {@code write-limit} bytes per
 * round) and commits them; the emptied chunks are freed after H2's retention time (45 s, for the operating system's
 * write-back) and their space in the file is reused. Durability is unchanged: the rewritten pages are committed like
 * any others, and the old copies stay until the new ones are in the file. PostgreSQL needs none of this.
 */
@Component
class H2FileHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileHousekeeping.class);

    private final DataSource dataSource;
    private final int targetFillRate;
    private final int writeLimit;
    private final AtomicLong fileBytes = new AtomicLong();
    private final AtomicLong fillRate = new AtomicLong(100);
    private final AtomicLong rewrites = new AtomicLong();
    private volatile Boolean h2File;

    H2FileHousekeeping(
            DataSource dataSource,
            MeterRegistry metrics,
            @Value("${vuoro.h2.target-fill-rate:60}") int targetFillRate,
            @Value("${vuoro.h2.write-limit:4MB}") DataSize writeLimit) {
        this.dataSource = dataSource;
        this.targetFillRate = targetFillRate;
        this.writeLimit = (int) writeLimit.toBytes();
        Gauge.builder("vuoro.h2.file.size", fileBytes, AtomicLong::get)
                .description("Size of the embedded H2 database file")
                .baseUnit("bytes")
                .register(metrics);
        Gauge.builder("vuoro.h2.chunks.fill", fillRate, AtomicLong::get)
                .description("Percent of the H2 file's chunk bytes still live")
                .baseUnit("percent")
                .register(metrics);
        FunctionCounter.builder("vuoro.h2.compactions", rewrites, AtomicLong::get)
                .description("Housekeeping rounds that rewrote chunks")
                .register(metrics);
    }

    @Scheduled(
            fixedDelayString = "${vuoro.h2.housekeeping-interval:5s}",
            initialDelayString = "${vuoro.h2.housekeeping-interval:5s}")
    void scheduled() {
        try {
            runOnce();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("H2 file housekeeping failed: {}", e.toString());
        }
    }

    /** One round; false when this is no H2 file database (nothing to do, ever). */
    boolean runOnce() throws SQLException {
        if (Boolean.FALSE.equals(h2File)) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (h2File == null) {
                h2File = connection.getMetaData().getURL().startsWith("jdbc:h2:file:")
                        && connection.isWrapperFor(JdbcConnection.class);
                if (!h2File) {
                    return false;
                }
            }
            MVStore store = ((SessionLocal)
                            connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase()
                    .getStore()
                    .getMvStore();
            if (store.getFileStore().getChunksFillRate() < targetFillRate
                    && store.compact(targetFillRate, writeLimit)) {
                store.commit();
                rewrites.incrementAndGet();
            }
            fileBytes.set(store.getFileStore().size());
            fillRate.set(store.getFileStore().getChunksFillRate());
            return true;
        }
    }
}
