package fi.vuoro.server.queue;

import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.site.WorkProfile;
import fi.vuoro.server.site.WorkProfile.Entry;
import fi.vuoro.server.system.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/** Test fixtures: a movable clock, an event recorder, and fresh sites so tests sharing a context never collide. */
public final class QueueTestSupport {

    /** 10:00 in Helsinki on a Monday. */
    public static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

    private static final AtomicInteger SITES = new AtomicInteger();

    private QueueTestSupport() {}

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }

        @Bean
        EventRecorder eventRecorder() {
            return new EventRecorder();
        }
    }

    public static class EventRecorder {

        public final List<QueueEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(QueueEvent event) {
            events.add(event);
        }

        public List<QueueEvent> of(String siteId) {
            return events.stream().filter(e -> e.siteId().equals(siteId)).toList();
        }

        /**
         * The site's events matching {@code which}, once at least {@code count} of them arrived (or after 10 s).
         * Events of a change made inside a caller's own transaction are published after its commit from the site's
         * writer thread, so they may arrive just after the call that made them returned.
         */
        public List<QueueEvent> awaitOf(String siteId, java.util.function.Predicate<QueueEvent> which, int count) {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            List<QueueEvent> found = of(siteId).stream().filter(which).toList();
            while (found.size() < count && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                found = of(siteId).stream().filter(which).toList();
            }
            return found;
        }
    }

    /**
     * A new site "tN" with services gp (prefix A) and lab (prefix L); counters c1 (gp), c2 (gp, lab) and c3 (lab).
     * Ids are prefixed with the site id.
     */
    public static String newSite(SiteDirectory directory) {
        String site = "t" + SITES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
        directory.saveSite(new Site(site, "Test " + site, ZoneId.of("Europe/Helsinki"), List.of("fi", "sv", "en")));
        directory.saveService(service(site, "gp", "A", 20, 10));
        directory.saveService(service(site, "lab", "L", 10, 5));
        directory.saveCounter(counter(site, "c1", new Entry(site + "-gp", 1, 1)));
        directory.saveCounter(counter(site, "c2", new Entry(site + "-gp", 1, 1), new Entry(site + "-lab", 1, 1)));
        directory.saveCounter(counter(site, "c3", new Entry(site + "-lab", 1, 1)));
        return site;
    }

    private static Service service(String site, String id, String prefix, int target, int typical) {
        Map<String, String> names = Map.of("fi", id, "sv", id, "en", id);
        return new Service(
                site + "-" + id,
                site,
                prefix,
                names,
                Map.of(),
                Duration.ofMinutes(target),
                Duration.ofMinutes(typical),
                false,
                null,
                null,
                0);
    }

    private static Counter counter(String site, String id, Entry... entries) {
        return new Counter(site + "-" + id, site, id, true, new WorkProfile(List.of(entries)));
    }

    public static IssueRequest walkIn(String site, String service) {
        return new IssueRequest(site, site + "-" + service, "fi", null, null, null, null, null, "kiosk-1");
    }
}
