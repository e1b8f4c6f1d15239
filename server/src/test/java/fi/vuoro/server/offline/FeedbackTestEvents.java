package fi.vuoro.server.offline;

import fi.vuoro.server.feedback.FeedbackRecorded;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/** Records every {@link FeedbackRecorded} the application publishes. */
@TestConfiguration(proxyBeanMethods = false)
class FeedbackTestEvents {

    @Bean
    FeedbackRecorder feedbackRecorder() {
        return new FeedbackRecorder();
    }

    static class FeedbackRecorder {
        final List<FeedbackRecorded> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(FeedbackRecorded event) {
            events.add(event);
        }
    }
}
