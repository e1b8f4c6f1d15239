/**
 * The kiosk's one route and its screens. {@link fi.vuoro.kiosk.checkin.CheckInView} renders the state of a
 * {@link fi.vuoro.kiosk.flow.CheckIn} and forwards touches to it; screens are small components that call back.
 */
package fi.vuoro.kiosk.checkin;
