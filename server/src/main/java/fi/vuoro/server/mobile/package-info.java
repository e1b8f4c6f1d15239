/**
 * The mobile ticket page behind the QR code ({@code /t/{token}}): no login, an address nobody can guess or derive
 * from a ticket number. The visitor sees their place and estimated time live, where to go when called, who takes
 * the matter over after a transfer, and can say "I'm on my way" or leave the queue.
 */
package fi.vuoro.server.mobile;
