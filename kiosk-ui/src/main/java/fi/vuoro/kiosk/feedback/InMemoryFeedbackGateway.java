package fi.vuoro.kiosk.feedback;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;

/** For the standalone demo and view tests: keeps what it was sent; numbers in {@link #unknown} are not found. */
public final class InMemoryFeedbackGateway implements FeedbackGateway {

    private final List<FeedbackAnswer> sent = new CopyOnWriteArrayList<>();
    private final Set<String> unknown = new CopyOnWriteArraySet<>();
    private volatile boolean failing;

    @Override
    public Result send(FeedbackAnswer answer) {
        if (failing) return new Result.Failed("in-memory gateway told to fail");
        if (answer.ticket() instanceof TicketReference.Number(var number) && unknown.contains(number)) {
            return new Result.TicketNotFound();
        }
        sent.add(answer);
        return new Result.Sent("fb-" + sent.size());
    }

    @Override
    public List<String> ticketPrefixes() {
        return List.of("A", "L", "R", "V");
    }

    public List<FeedbackAnswer> sent() {
        return List.copyOf(sent);
    }

    public void treatAsUnknown(String number) {
        unknown.add(number);
    }

    public void failSending(boolean fail) {
        failing = fail;
    }
}
