package fi.vuoro.server.retention;

import java.time.Instant;

/**
 * One kind of personal data that must be forgotten on time. A feature that stores personal data registers a bean of
 * this type (and a row in {@code docs/data-register.md}); the {@link RetentionJob} calls every one of them.
 *
 * <p>Purge means: delete the personal values, keep what statistics need. E.g. a ticket keeps its service, times and
 * outcome, and loses its appointment reference.
 */
public interface PersonalDataHolder {

    /** Stable short name, recorded with each run: {@code visit-notes}, {@code ticket-appointments}... */
    String kind();

    RetentionPeriod period();

    /**
     * Removes or blanks this kind's personal data recorded before {@code cutoff}. Must be idempotent (a second run
     * finds nothing) and safe to run while the system is in use.
     *
     * @return how many records were purged
     */
    int purgeBefore(Instant cutoff);
}
