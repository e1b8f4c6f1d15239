/**
 * The check-in flow as plain Java: steps, idle time-outs, the visitor's trail and struggle detection. No Vaadin
 * and no network here, so every rule is unit-tested with an injected {@link java.time.Clock}; views only render
 * {@link fi.vuoro.kiosk.flow.CheckIn}'s state and forward touches to it.
 */
package fi.vuoro.kiosk.flow;
