/**
 * "Talk to a person": the button on every screen and the panel that offers help, confirms the request and says
 * who is coming. The request itself (with the visitor's trail) goes through the server gateway.
 */
package fi.vuoro.kiosk.help;
