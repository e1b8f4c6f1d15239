package fi.vuoro.server.queue.internal;

import fi.vuoro.server.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site row is the per-site write lock and holds the change sequence. Every writing transaction locks it first
 * (always in that order, so transactions cannot deadlock on tickets), which serialises one site's changes across
 * all nodes sharing the database and makes the sequence gap-free: a bump happens only with a real change.
 */
@Component
class SiteLock {

    private final JdbcClient jdbc;

    SiteLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the site row until the transaction ends. */
    void lock(String siteId) {
        jdbc.sql("SELECT change_seq FROM site WHERE id = ? FOR UPDATE")
                .param(siteId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No site '" + siteId + "'"));
    }

    /** Bumps and returns the site's change sequence; call once per changing transaction, after {@link #lock}. */
    long nextSequence(String siteId) {
        jdbc.sql("UPDATE site SET change_seq = change_seq + 1 WHERE id = ?")
                .param(siteId)
                .update();
        return current(siteId);
    }

    long current(String siteId) {
        return jdbc.sql("SELECT change_seq FROM site WHERE id = ?")
                .param(siteId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("No site '" + siteId + "'"));
    }
}
