/**
 * Demo data for the {@code demo} profile: the demo site with its services and counters ({@link
 * fi.vuoro.server.demo.DemoSite}), and demo staff users and devices. Nothing here runs outside that profile.
 */
package fi.vuoro.server.demo;
