/**
 * Data retention: a daily job ({@link fi.vuoro.server.retention.RetentionJob}) asks every registered {@link
 * fi.vuoro.server.retention.PersonalDataHolder} to purge what is older than its period and records the counts (table
 * {@code purge_run}, and the audit log). Statistics stay: tickets keep their times, service and outcome. What is
 * kept, why and for how long: {@code docs/data-register.md}.
 */
package fi.vuoro.server.retention;
