/**
 * Reception's overrides of this kiosk: staffed mode, a pushed message, locked / out of order. The state is a
 * plain class fed by device commands; the screen only renders it, on top of whatever the flow shows.
 */
package fi.vuoro.kiosk.override;
