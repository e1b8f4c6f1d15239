package fi.vuoro.kiosk.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds; an {@link AssertionError} naming what was awaited when it does not in time. */
public final class Await {

    private Await() {}

    public static void awaitTrue(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) return;
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
