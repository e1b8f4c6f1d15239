package fi.vuoro.server.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.site.OpeningHours;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteCalendar;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Sites: name, time zone, languages, weekly opening hours and exceptions (holidays, other hours on a date). */
@Route(value = "admin/sites", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class SitesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SiteDirectory sites;
    private final SiteCalendar calendar;
    private final SiteAdministration admin;

    private final Grid<Site> grid = new Grid<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final Map<DayOfWeek, Checkbox> open = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> opens = new EnumMap<>(DayOfWeek.class);
    private final Map<DayOfWeek, TimePicker> closes = new EnumMap<>(DayOfWeek.class);
    private final Grid<OpeningHours.Exception> exceptionGrid = new Grid<>();
    private final List<OpeningHours.Exception> exceptions = new ArrayList<>();
    private final FieldMessages messages = new FieldMessages(this);

    public SitesView(SiteDirectory sites, SiteCalendar calendar, SiteAdministration admin) {
        this.sites = sites;
        this.calendar = calendar;
        this.admin = admin;
        addClassName("admin-view");
        addClassName("sites-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.sites");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        grid.removeAllColumns();
        grid.addColumn(Site::id).setHeader(getTranslation("admin.id")).setAutoWidth(true);
        grid.addColumn(Site::name).setHeader(getTranslation("sites.name"));
        grid.addColumn(s -> s.timeZone().getId()).setHeader(getTranslation("sites.timeZone"));
        grid.addColumn(s -> String.join(", ", s.languages())).setHeader(getTranslation("sites.languages"));
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        name.setLabel(getTranslation("sites.name"));
        zone.setLabel(getTranslation("sites.timeZone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        languages.setLabel(getTranslation("sites.languages"));
        languages.setItems("fi", "sv", "en");
        languages.setItemLabelGenerator(l -> getTranslation("admin.language." + l));
        messages.bind("id", id).bind("name", name).bind("languages", languages);
        var form = new FormLayout(id, name, zone, languages);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));

        var week = new Div();
        week.addClassName("week-hours");
        for (DayOfWeek day : DayOfWeek.values()) {
            var box = open.computeIfAbsent(day, d -> new Checkbox());
            box.setLabel(day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
            var from = opens.computeIfAbsent(day, d -> new TimePicker());
            var to = closes.computeIfAbsent(day, d -> new TimePicker());
            from.setAriaLabel(getTranslation("services.opensAt"));
            to.setAriaLabel(getTranslation("services.closesAt"));
            box.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                to.setEnabled(e.getValue());
            });
            var row = new HorizontalLayout(box, from, new Span("–"), to);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("day-row");
            week.add(row);
        }

        exceptionGrid.removeAllColumns();
        exceptionGrid
                .addColumn(OpeningHours.Exception::day)
                .setHeader(getTranslation("sites.date"))
                .setAutoWidth(true);
        exceptionGrid
                .addColumn(e -> e.hours() == null
                        ? getTranslation("sites.closed")
                        : e.hours().opensAt() + "–" + e.hours().closesAt())
                .setHeader(getTranslation("sites.hours"));
        exceptionGrid.addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("sites.note"));
        exceptionGrid
                .addComponentColumn(e -> new Button(getTranslation("admin.remove"), c -> {
                    exceptions.remove(e);
                    exceptionGrid.setItems(exceptions);
                }))
                .setAutoWidth(true);
        exceptionGrid.setAllRowsVisible(true);
        var day = new DatePicker(getTranslation("sites.date"));
        var closedAllDay = new Checkbox(getTranslation("sites.closedAllDay"), true);
        var from = new TimePicker(getTranslation("services.opensAt"));
        var to = new TimePicker(getTranslation("services.closesAt"));
        from.setEnabled(false);
        to.setEnabled(false);
        closedAllDay.addValueChangeListener(e -> {
            from.setEnabled(!e.getValue());
            to.setEnabled(!e.getValue());
        });
        var note = new TextField(getTranslation("sites.note"));
        var addException = new Button(getTranslation("sites.addException"), e -> {
            try {
                if (day.getValue() == null) {
                    throw new IllegalArgumentException();
                }
                OpeningHours.Hours hours =
                        closedAllDay.getValue() ? null : new OpeningHours.Hours(from.getValue(), to.getValue());
                exceptions.removeIf(x -> x.day().equals(day.getValue()));
                exceptions.add(new OpeningHours.Exception(
                        day.getValue(), hours, note.getValue().isBlank() ? null : note.getValue()));
                exceptions.sort(java.util.Comparator.comparing(OpeningHours.Exception::day));
                exceptionGrid.setItems(exceptions);
                day.setInvalid(false);
            } catch (IllegalArgumentException ex) {
                day.setErrorMessage(getTranslation("sites.error.exception"));
                day.setInvalid(true);
            }
        });
        var exceptionForm = new HorizontalLayout(day, closedAllDay, from, to, note, addException);
        exceptionForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        exceptionForm.setWrap(true);

        var save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        var create = new Button(getTranslation("sites.new"), e -> edit(null));
        add(
                new H1(getTranslation("admin.nav.sites")),
                grid,
                new H2(getTranslation("sites.edit")),
                form,
                new H2(getTranslation("sites.weeklyHours")),
                week,
                new H2(getTranslation("sites.exceptions")),
                exceptionGrid,
                exceptionForm,
                new HorizontalLayout(save, create));
        grid.setItems(
                sites.siteIds().stream().map(s -> sites.site(s).orElseThrow()).toList());
        String current =
                (String) com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(SitePicker.CURRENT);
        edit(sites.site(current == null ? "" : current)
                .orElse(
                        sites.siteIds().isEmpty()
                                ? null
                                : sites.site(sites.siteIds().getFirst()).orElse(null)));
    }

    private void edit(Site site) {
        messages.clear();
        id.setReadOnly(site != null);
        id.setValue(site == null ? "" : site.id());
        name.setValue(site == null ? "" : site.name());
        zone.setValue(site == null ? "Europe/Helsinki" : site.timeZone().getId());
        languages.setValue(new HashSet<>(site == null ? List.of("fi", "sv", "en") : site.languages()));
        OpeningHours hours = site == null ? new OpeningHours(Map.of(), List.of()) : calendar.hours(site.id());
        for (DayOfWeek day : DayOfWeek.values()) {
            var h = hours.weekly().get(day);
            open.get(day).setValue(h != null);
            opens.get(day).setEnabled(h != null);
            closes.get(day).setEnabled(h != null);
            opens.get(day).setValue(h == null ? LocalTime.of(8, 0) : h.opensAt());
            closes.get(day).setValue(h == null ? LocalTime.of(16, 0) : h.closesAt());
        }
        exceptions.clear();
        exceptions.addAll(hours.exceptions());
        exceptionGrid.setItems(exceptions);
    }

    private void save() {
        Map<DayOfWeek, OpeningHours.Hours> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (open.get(day).getValue()) {
                try {
                    weekly.put(
                            day,
                            new OpeningHours.Hours(
                                    opens.get(day).getValue(), closes.get(day).getValue()));
                } catch (IllegalArgumentException e) {
                    opens.get(day).setErrorMessage(getTranslation("services.error.hours"));
                    opens.get(day).setInvalid(true);
                    return;
                }
            }
            opens.get(day).setInvalid(false);
        }
        ZoneId timeZone;
        try {
            timeZone = ZoneId.of(zone.getValue() == null ? "" : zone.getValue());
        } catch (RuntimeException e) {
            zone.setErrorMessage(getTranslation("sites.error.timeZone"));
            zone.setInvalid(true);
            return;
        }
        zone.setInvalid(false);
        var site = new Site(
                id.getValue().strip(),
                name.getValue().strip(),
                timeZone,
                LANGUAGE_ORDER.stream().filter(languages.getValue()::contains).toList());
        if (messages.run(
                () -> admin.saveSite(StaffIdentity.currentName(), site, new OpeningHours(weekly, exceptions)))) {
            grid.setItems(sites.siteIds().stream()
                    .map(s -> sites.site(s).orElseThrow())
                    .toList());
            id.setReadOnly(true);
        }
    }

    private static final List<String> LANGUAGE_ORDER = List.of("fi", "sv", "en");
}
