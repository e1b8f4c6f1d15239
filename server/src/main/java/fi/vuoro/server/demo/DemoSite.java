package fi.vuoro.server.demo;

import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.site.WorkProfile;
import fi.vuoro.server.site.WorkProfile.Entry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo health centre (profile {@code demo}). Idempotent: every start upserts the same site, services
 * and counters, so edits made in the demo are reset but tickets and history are kept. Runs first among runners so
 * demo users and devices can refer to the site.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DemoSite implements ApplicationRunner {

    public static final String SITE_ID = "demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoSite.class);

    private final SiteDirectory directory;

    public DemoSite(SiteDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(directory);
        LOG.info("Demo site '{}' ready: services gp, lab, vacc, desk; counters room-1, room-2, lab-1, desk-1", SITE_ID);
    }

    /** Also used by tests that want the demo data without the demo profile's users. */
    public static void seed(SiteDirectory directory) {
        directory.saveSite(
                new Site(SITE_ID, "Vuoro Health Centre", ZoneId.of("Europe/Helsinki"), List.of("fi", "sv", "en")));
        directory.saveService(service(
                "gp",
                "A",
                1,
                "Yleislääkäri",
                "Allmänläkare",
                "General practitioner",
                "Odota aulassa, sinut kutsutaan huoneeseen.",
                "Vänta i lobbyn, du kallas till ett rum.",
                "Please wait in the lobby; you will be called to a room.",
                20,
                12,
                false));
        directory.saveService(service(
                "lab",
                "L",
                2,
                "Laboratorio",
                "Laboratorium",
                "Laboratory",
                "Laboratorio, 1. kerros, käytävä B.",
                "Laboratoriet, våning 1, korridor B.",
                "Laboratory, 1st floor, corridor B.",
                15,
                5,
                false));
        directory.saveService(service(
                "vacc",
                "V",
                3,
                "Rokotukset",
                "Vaccinationer",
                "Vaccinations",
                "Rokotushuone 2.",
                "Vaccinationsrum 2.",
                "Vaccination room 2.",
                15,
                6,
                false));
        directory.saveService(service(
                "desk",
                "B",
                4,
                "Asiointi",
                "Ärenden",
                "General enquiries",
                "Neuvonta, pääaula.",
                "Rådgivningen, huvudlobbyn.",
                "Information desk, main lobby.",
                10,
                4,
                true));
        directory.saveCounter(
                new Counter("room-1", SITE_ID, "Room 1", true, new WorkProfile(List.of(new Entry("gp", 1, 1)))));
        directory.saveCounter(new Counter(
                "room-2",
                SITE_ID,
                "Room 2",
                true,
                new WorkProfile(List.of(new Entry("gp", 1, 2), new Entry("vacc", 1, 1)))));
        directory.saveCounter(new Counter(
                "lab-1",
                SITE_ID,
                "Laboratory 1",
                true,
                new WorkProfile(List.of(new Entry("lab", 1, 1), new Entry("vacc", 2, 1)))));
        directory.saveCounter(new Counter(
                "desk-1", SITE_ID, "Information desk", true, new WorkProfile(List.of(new Entry("desk", 1, 1)))));
    }

    private static Service service(
            String id,
            String prefix,
            int order,
            String fi,
            String sv,
            String en,
            String whereFi,
            String whereSv,
            String whereEn,
            int targetMinutes,
            int typicalMinutes,
            boolean greet) {
        return new Service(
                id,
                SITE_ID,
                prefix,
                Map.of("fi", fi, "sv", sv, "en", en),
                Map.of("fi", whereFi, "sv", whereSv, "en", whereEn),
                Duration.ofMinutes(targetMinutes),
                Duration.ofMinutes(typicalMinutes),
                greet,
                null,
                null,
                order);
    }
}
