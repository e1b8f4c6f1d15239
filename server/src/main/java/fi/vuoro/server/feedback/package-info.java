/** Visitors' ratings of their visit, tied to the visit's facts (service, wait, hand-offs). */
package fi.vuoro.server.feedback;
