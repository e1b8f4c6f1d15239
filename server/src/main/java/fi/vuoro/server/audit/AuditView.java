package fi.vuoro.server.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fi.vuoro.server.login.SignOutButton;
import fi.vuoro.server.retention.RetentionJob;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffIdentity;
import fi.vuoro.server.ui.StaffLanguage;
import fi.vuoro.server.ui.Texts;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code admin/audit}: the audit log filtered by user, visit and date range (days in {@code vuoro.audit.time-zone}),
 * newest first, with a CSV download of the same filter. {@code ?lang=fi|sv|en} picks the language.
 */
@Route(value = "admin/audit", autoLayout = false)
@RolesAllowed("ADMIN")
@StyleSheet("styles/audit.css")
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog audit;
    private final ZoneId zone;
    private final int limit;
    private final AuthenticationContext authentication;
    private final RetentionJob retention;
    private final SiteDirectory sites;

    private final TextField user = new TextField();
    private final TextField visit = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button search = new Button();
    private final Span count = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final HorizontalLayout header = new HorizontalLayout();
    private final HorizontalLayout filters = new HorizontalLayout();

    public AuditView(
            AuditLog audit,
            AuditProperties properties,
            AuthenticationContext authentication,
            RetentionJob retention,
            SiteDirectory sites) {
        this.audit = audit;
        this.sites = sites;
        this.retention = retention;
        this.zone = properties.timeZone();
        this.limit = properties.viewLimit();
        this.authentication = authentication;
        addClassName("audit-view");
        setSizeFull();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> refresh());
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        user.setClearButtonVisible(true);
        visit.setClearButtonVisible(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, filters, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        StaffLanguage.apply(event);
        query.getSingleParameter("visit").ifPresent(visit::setValue);
        query.getSingleParameter("user").ifPresent(user::setValue);
        build();
        refresh();
    }

    private void build() {
        var locale = getLocale();
        Texts texts = this::getTranslation;
        var names = names();
        var title = new H1(getTranslation("audit.title"));
        var download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("vuoro-audit.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                    var words = names();
                    var out = new AuditCsv(
                            writer,
                            e -> new AuditCsv.Readable(
                                    AuditText.action(e.action(), texts), AuditText.details(e, words, texts)));
                    audit.forEach(currentQuery(Integer.MAX_VALUE), out::write);
                    writer.flush();
                    audit.record(StaffIdentity.currentName(), "AUDIT_EXPORTED", null, null, null, null, describe());
                },
                getTranslation("audit.downloadCsv"));
        download.addClassName("audit-download");
        var purge = new Button(getTranslation("audit.runRetention"), e -> purgeNow());
        purge.addClassName("run-retention");
        var spacer = new Span();
        header.removeAll();
        header.add(title, spacer, download, purge, new SignOutButton(authentication));
        header.setFlexGrow(1, spacer);

        user.setLabel(getTranslation("audit.user"));
        visit.setLabel(getTranslation("audit.visit"));
        from.setLabel(getTranslation("audit.from"));
        to.setLabel(getTranslation("audit.to"));
        from.setLocale(locale);
        to.setLocale(locale);
        search.setText(getTranslation("audit.search"));
        filters.removeAll();
        filters.add(user, visit, from, to, search);

        grid.removeAllColumns();
        grid.addColumn(e -> TIME.format(e.at().atZone(zone)))
                .setHeader(getTranslation("audit.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> AuditText.action(e.action(), texts))
                .setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.target() == null ? "" : e.target())
                .setHeader(getTranslation("audit.target"))
                .setAutoWidth(true);
        // Details before the visit id: the words matter more to a reader than the id, which may be cut (full id
        // in its tooltip, and in the CSV).
        grid.addColumn(e -> AuditText.details(e, names, texts))
                .setHeader(getTranslation("audit.details"))
                .setAutoWidth(true)
                .setTooltipGenerator(e -> AuditText.details(e, names, texts));
        grid.addColumn(e -> e.visitId() == null ? "" : e.visitId())
                .setHeader(getTranslation("audit.visitColumn"))
                .setFlexGrow(1)
                .setTooltipGenerator(e -> e.visitId() == null ? "" : e.visitId());
    }

    /** Counter and service names in the UI's language, each looked up once per screen (the grid asks per row). */
    private AuditText.Names names() {
        var locale = getLocale();
        var counters = new java.util.concurrent.ConcurrentHashMap<String, String>();
        var services = new java.util.concurrent.ConcurrentHashMap<String, String>();
        return new AuditText.Names(
                id -> counters.computeIfAbsent(
                        id, c -> sites.counter(c).map(Counter::name).orElse(c)),
                id -> services.computeIfAbsent(id, s -> sites.service(s)
                        .map(service -> ServiceNames.of(List.of(service)).name(s, locale))
                        .orElse(s)));
    }

    private static String token(String value) {
        return value == null ? "" : value.strip().replaceAll("[\\s,=]+", "_");
    }

    private void refresh() {
        var entries = audit.search(currentQuery(limit));
        grid.setItems(entries);
        count.setText(
                entries.size() >= limit
                        ? getTranslation("audit.countLimited", limit)
                        : getTranslation("audit.count", entries.size()));
    }

    /** The retention purge on demand (the daily job does the same): what it purged shows, and lands in the log. */
    private void purgeNow() {
        var run = retention.runNow(StaffIdentity.currentName());
        var summary = run.items().stream()
                .filter(i -> i.purged() > 0)
                .map(i -> Texts.of(this).getOr("retention.kind." + i.kind(), i.kind()) + " " + i.purged())
                .collect(java.util.stream.Collectors.joining(", "));
        Notification.show(
                getTranslation("audit.retentionDone", run.total(), summary.isEmpty() ? "–" : summary),
                6000,
                Notification.Position.MIDDLE);
        refresh();
    }

    AuditQuery currentQuery(int max) {
        return new AuditQuery(user.getValue(), visit.getValue(), startOf(from.getValue()), endOf(to.getValue()), max);
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private String describe() {
        return "user=" + token(user.getValue()) + " visit=" + token(visit.getValue()) + " from="
                + (from.getValue() == null ? "" : from.getValue()) + " to="
                + (to.getValue() == null ? "" : to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
