package fi.vuoro.server.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.site.Counter;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.site.WorkProfile;
import fi.vuoro.server.ui.ServiceNames;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Counters and their work profiles: which services each serves, in which rank, with which weight. */
@Route(value = "admin/counters", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class CountersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private record ProfileRow(Checkbox serves, IntegerField rank, IntegerField weight) {}

    private final SiteDirectory sites;
    private final SiteAdministration admin;

    private final Grid<Counter> grid = new Grid<>();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final Checkbox open = new Checkbox();
    private final Div profile = new Div();
    private final Map<String, ProfileRow> rows = new LinkedHashMap<>();
    private final FieldMessages messages = new FieldMessages(this);
    private final Paragraph profileError = new Paragraph();
    private SitePicker sitePicker;
    private ServiceNames serviceNames = ServiceNames.of(List.of());

    public CountersView(SiteDirectory sites, SiteAdministration admin) {
        this.sites = sites;
        this.admin = admin;
        addClassName("admin-view");
        addClassName("counters-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.counters");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        sitePicker = new SitePicker(sites, s -> refresh());
        grid.removeAllColumns();
        grid.addColumn(Counter::id).setHeader(getTranslation("admin.id")).setAutoWidth(true);
        grid.addColumn(Counter::name).setHeader(getTranslation("counters.name"));
        grid.addColumn(c -> getTranslation(c.open() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("counters.open"))
                .setAutoWidth(true);
        grid.addColumn(this::profileSummary)
                .setHeader(getTranslation("counters.profile"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        name.setLabel(getTranslation("counters.name"));
        open.setLabel(getTranslation("counters.openLong"));
        messages.bind("id", id).bind("name", name);
        var form = new FormLayout(id, name, open);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        profile.addClassName("work-profile");
        profileError.addClassName("error-text");
        var save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        var create = new Button(getTranslation("counters.new"), e -> edit(null));
        add(
                new H1(getTranslation("admin.nav.counters")),
                sitePicker,
                grid,
                new H2(getTranslation("counters.edit")),
                form,
                new H2(getTranslation("counters.profile")),
                new Paragraph(getTranslation("counters.profileHelp")),
                profile,
                profileError,
                new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private String profileSummary(Counter c) {
        return c.workProfile().entries().stream()
                .map(e -> serviceNames.name(e.serviceId(), getLocale()) + " (" + e.rank() + "/" + e.weight() + ")")
                .collect(Collectors.joining(", "));
    }

    private void refresh() {
        String site = sitePicker.getValue();
        List<Service> services = site == null ? List.of() : sites.services(site);
        serviceNames = ServiceNames.of(services);
        grid.setItems(site == null ? List.of() : sites.counters(site));
        profile.removeAll();
        rows.clear();
        for (Service s : services) {
            var serves = new Checkbox(serviceNames.name(s.id(), getLocale()));
            var rank = new IntegerField();
            rank.setAriaLabel(getTranslation("counters.rank"));
            rank.setPlaceholder(getTranslation("counters.rank"));
            rank.setMin(1);
            rank.setMax(9);
            rank.setStepButtonsVisible(true);
            var weight = new IntegerField();
            weight.setAriaLabel(getTranslation("counters.weight"));
            weight.setPlaceholder(getTranslation("counters.weight"));
            weight.setMin(1);
            weight.setMax(10);
            weight.setStepButtonsVisible(true);
            var row = new HorizontalLayout(
                    serves,
                    new com.vaadin.flow.component.html.Span(getTranslation("counters.rank")),
                    rank,
                    new com.vaadin.flow.component.html.Span(getTranslation("counters.weight")),
                    weight);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("profile-row");
            rows.put(s.id(), new ProfileRow(serves, rank, weight));
            profile.add(row);
        }
    }

    private void edit(Counter c) {
        messages.clear();
        profileError.setText("");
        id.setReadOnly(c != null);
        id.setValue(c == null ? "" : c.id());
        name.setValue(c == null ? "" : c.name());
        open.setValue(c == null || c.open());
        rows.forEach((serviceId, row) -> {
            var entry = c == null ? null : c.workProfile().entryFor(serviceId).orElse(null);
            row.serves().setValue(entry != null);
            row.rank().setValue(entry == null ? 1 : entry.rank());
            row.weight().setValue(entry == null ? 1 : entry.weight());
        });
    }

    private void save() {
        profileError.setText("");
        List<WorkProfile.Entry> entries = new ArrayList<>();
        for (var e : rows.entrySet()) {
            ProfileRow row = e.getValue();
            if (!row.serves().getValue()) continue;
            Integer rank = row.rank().getValue();
            Integer weight = row.weight().getValue();
            if (rank == null || weight == null || rank < 1 || weight < 1 || rank > 9 || weight > 10) {
                profileError.setText(getTranslation("counters.error.rankWeight"));
                return;
            }
            entries.add(new WorkProfile.Entry(e.getKey(), rank, weight));
        }
        var counter = new Counter(
                id.getValue().strip(),
                sitePicker.getValue(),
                name.getValue().strip(),
                open.getValue(),
                new WorkProfile(entries));
        try {
            admin.saveCounter(StaffIdentity.currentName(), counter);
            messages.saved();
            grid.setItems(sites.counters(sitePicker.getValue()));
            id.setReadOnly(true);
        } catch (AdminValidationException e) {
            messages.show(e);
            e.problems().stream()
                    .filter(p -> p.field().equals("profile"))
                    .findFirst()
                    .ifPresent(p -> profileError.setText(getTranslation(p.messageKey())));
        }
    }
}
