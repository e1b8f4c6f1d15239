package fi.vuoro.server.admin;

import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.OpeningHours;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteCalendar;
import fi.vuoro.server.site.SiteConfigurationChanged;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.site.WorkProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Validates and saves sites, opening hours, services and counters, then tells the site's clients
 * ({@link SiteConfigurationChanged}, relayed after commit) and the audit log ({@link AdminActionPerformed}).
 */
@Component
public class SiteAdministration {

    static final Set<String> LANGUAGES = Set.of("fi", "sv", "en");
    static final String ID_PATTERN = "[a-z0-9][a-z0-9-]{0,39}";

    private final SiteDirectory directory;
    private final SiteCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteAdministration(SiteDirectory directory, SiteCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void saveSite(String actor, Site site, OpeningHours hours) {
        var problems = new ArrayList<FieldProblem>();
        if (site.id() == null || !site.id().matches(ID_PATTERN)) {
            problems.add(new FieldProblem("id", "admin.error.id"));
        }
        text(site.name(), 200, "name", problems);
        if (site.languages().isEmpty() || !LANGUAGES.containsAll(site.languages())) {
            problems.add(new FieldProblem("languages", "sites.error.languages"));
        }
        Set<LocalDate> days = new HashSet<>();
        for (OpeningHours.Exception e : hours.exceptions()) {
            if (e.day() == null || !days.add(e.day())) {
                problems.add(new FieldProblem("exceptions", "sites.error.exceptionDay"));
            }
            if (e.note() != null && e.note().length() > 200) {
                problems.add(new FieldProblem("exceptions", "admin.error.tooLong"));
            }
        }
        AdminValidationException.throwIfAny(problems);
        directory.saveSite(site);
        calendar.save(site.id(), hours);
        changed(site.id(), SiteConfigurationChanged.Kind.SITE);
        performed(actor, "SITE_SAVED", site.id(), site.name() + ", " + site.timeZone() + ", " + site.languages());
    }

    @Transactional
    public void saveService(String actor, Service s) {
        var problems = new ArrayList<FieldProblem>();
        if (s.id() == null || !s.id().matches(ID_PATTERN)) {
            problems.add(new FieldProblem("id", "admin.error.id"));
        }
        if (s.siteId() == null || directory.site(s.siteId()).isEmpty()) {
            problems.add(new FieldProblem("site", "admin.error.site"));
        }
        if (s.prefix() == null || !s.prefix().matches("[A-Z]{1,3}")) {
            problems.add(new FieldProblem("prefix", "services.error.prefix"));
        } else if (s.siteId() != null
                && directory.services(s.siteId()).stream()
                        .anyMatch(o -> !o.id().equals(s.id()) && o.prefix().equals(s.prefix()))) {
            problems.add(new FieldProblem("prefix", "services.error.prefixTaken"));
        }
        for (String lang : List.of("fi", "sv", "en")) {
            text(s.names().get(lang), 200, "name." + lang, problems);
            String where = s.whereToGo().get(lang);
            if (where != null && where.length() > 300) {
                problems.add(new FieldProblem("where." + lang, "admin.error.tooLong"));
            }
        }
        between(s.targetWait(), Duration.ofMinutes(1), Duration.ofHours(8), "targetWait", problems);
        between(s.typicalServiceTime(), Duration.ofMinutes(1), Duration.ofHours(4), "typicalServiceTime", problems);
        if (s.sortOrder() < 0 || s.sortOrder() > 999) {
            problems.add(new FieldProblem("sortOrder", "services.error.sortOrder"));
        }
        if ((s.opensAt() == null) != (s.closesAt() == null)
                || (s.opensAt() != null && !s.opensAt().isBefore(s.closesAt()))) {
            problems.add(new FieldProblem("hours", "services.error.hours"));
        }
        Set<String> known =
                Arrays.stream(PriorityReason.values()).map(Enum::name).collect(Collectors.toSet());
        if (!known.containsAll(s.allowedPriorityReasons())) {
            problems.add(new FieldProblem("priorityReasons", "services.error.reasons"));
        }
        AdminValidationException.throwIfAny(problems);
        directory.saveService(s);
        changed(s.siteId(), SiteConfigurationChanged.Kind.SERVICES);
        performed(
                actor,
                "SERVICE_SAVED",
                s.id(),
                s.prefix() + " " + s.names().get("fi") + (s.active() ? "" : " (inactive)"));
    }

    @Transactional
    public void saveCounter(String actor, Counter c) {
        var problems = new ArrayList<FieldProblem>();
        if (c.id() == null || !c.id().matches(ID_PATTERN)) {
            problems.add(new FieldProblem("id", "admin.error.id"));
        }
        text(c.name(), 200, "name", problems);
        Set<String> services = c.siteId() == null
                ? Set.of()
                : directory.services(c.siteId()).stream().map(Service::id).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (WorkProfile.Entry e : c.workProfile().entries()) {
            if (!services.contains(e.serviceId()) || !seen.add(e.serviceId())) {
                problems.add(new FieldProblem("profile", "counters.error.service"));
            }
            if (e.rank() > 9 || e.weight() > 10) {
                problems.add(new FieldProblem("profile", "counters.error.rankWeight"));
            }
        }
        directory
                .counter(c.id())
                .filter(existing -> !existing.siteId().equals(c.siteId()))
                .ifPresent(existing -> problems.add(new FieldProblem("id", "admin.error.idTaken")));
        AdminValidationException.throwIfAny(problems);
        directory.saveCounter(c);
        changed(c.siteId(), SiteConfigurationChanged.Kind.COUNTERS);
        performed(
                actor,
                "COUNTER_SAVED",
                c.id(),
                c.name() + ", " + c.workProfile().entries().size() + " services");
    }

    private void changed(String siteId, SiteConfigurationChanged.Kind kind) {
        events.publishEvent(new SiteConfigurationChanged(siteId, kind, clock.instant()));
    }

    private void performed(String actor, String action, String target, String details) {
        events.publishEvent(new AdminActionPerformed(actor, action, target, details, clock.instant()));
    }

    static void text(String value, int max, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "admin.error.required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "admin.error.tooLong"));
        }
    }

    private static void between(Duration d, Duration min, Duration max, String field, List<FieldProblem> problems) {
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            problems.add(new FieldProblem(field, "services.error.minutes"));
        }
    }
}
