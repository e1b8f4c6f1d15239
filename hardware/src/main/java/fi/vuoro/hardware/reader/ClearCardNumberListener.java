package fi.vuoro.hardware.reader;

/**
 * The only way to a card's clear number, for the few trusted callers that need it (e.g. enrolling a card against
 * a back-end that knows clear numbers). Registered explicitly with {@link
 * CardReader#trustWithClearNumbers(ClearCardNumberListener)}, so every place that sees clear numbers is easy to
 * find. Implementations must not log or store the number.
 */
@FunctionalInterface
public interface ClearCardNumberListener {

    /** Called on the link's reader thread right after the {@link CardReaderListener} got {@code read}. */
    void clearCardNumber(CardRead read, String clearNumber);
}
