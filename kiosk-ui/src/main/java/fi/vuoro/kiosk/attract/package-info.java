/** The attract screen: what a kiosk shows while nobody uses it, in all three languages at once. */
package fi.vuoro.kiosk.attract;
