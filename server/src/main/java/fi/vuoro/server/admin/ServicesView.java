package fi.vuoro.server.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.queue.PriorityReason;
import fi.vuoro.server.site.Service;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Services (visit reasons) of a site: names and guidance in three languages, prefix, target wait, rules. */
@Route(value = "admin/services", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class ServicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private final SiteDirectory sites;
    private final SiteAdministration admin;

    private final Grid<Service> grid = new Grid<>();
    private final TextField id = new TextField();
    private final TextField prefix = new TextField();
    private final Map<String, TextField> names = new HashMap<>();
    private final Map<String, TextField> where = new HashMap<>();
    private final IntegerField targetWait = new IntegerField();
    private final IntegerField typicalTime = new IntegerField();
    private final IntegerField sortOrder = new IntegerField();
    private final TimePicker opensAt = new TimePicker();
    private final TimePicker closesAt = new TimePicker();
    private final Checkbox greet = new Checkbox();
    private final Checkbox active = new Checkbox();
    private final CheckboxGroup<String> reasons = new CheckboxGroup<>();
    private final FieldMessages messages = new FieldMessages(this);
    private SitePicker sitePicker;

    public ServicesView(SiteDirectory sites, SiteAdministration admin) {
        this.sites = sites;
        this.admin = admin;
        addClassName("admin-view");
        addClassName("services-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.services");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        sitePicker = new SitePicker(sites, s -> refresh());
        String lang = getLocale().getLanguage();
        grid.removeAllColumns();
        grid.addColumn(Service::sortOrder)
                .setHeader(getTranslation("services.sortOrder"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Service::prefix)
                .setHeader(getTranslation("services.prefix"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(s -> s.names().getOrDefault(lang, s.names().get("fi")))
                .setHeader(getTranslation("services.name"));
        grid.addColumn(s -> s.targetWait().toMinutes() + " min")
                .setHeader(getTranslation("services.targetWait"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.greetPersonally() ? "✓" : "")
                .setHeader(getTranslation("services.greet"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation(s.active() ? "admin.yes" : "admin.no"))
                .setHeader(getTranslation("services.active"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("services-grid");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        id.setLabel(getTranslation("admin.id"));
        id.setHelperText(getTranslation("admin.idHelp"));
        prefix.setLabel(getTranslation("services.prefix"));
        prefix.setMaxLength(3);
        prefix.setHelperText(getTranslation("services.prefixHelp"));
        for (String l : LANGUAGES) {
            var n = names.computeIfAbsent(l, k -> new TextField());
            n.setLabel(getTranslation("services.nameIn", getTranslation("admin.language." + l)));
            n.addClassName("name-" + l);
            var w = where.computeIfAbsent(l, k -> new TextField());
            w.setLabel(getTranslation("services.whereIn", getTranslation("admin.language." + l)));
            messages.bind("name." + l, n).bind("where." + l, w);
        }
        targetWait.setLabel(getTranslation("services.targetWaitMinutes"));
        typicalTime.setLabel(getTranslation("services.typicalMinutes"));
        sortOrder.setLabel(getTranslation("services.sortOrder"));
        opensAt.setLabel(getTranslation("services.opensAt"));
        closesAt.setLabel(getTranslation("services.closesAt"));
        greet.setLabel(getTranslation("services.greetLong"));
        active.setLabel(getTranslation("services.activeLong"));
        reasons.setLabel(getTranslation("services.reasons"));
        reasons.setHelperText(getTranslation("services.reasonsHelp"));
        reasons.setItems(Arrays.stream(PriorityReason.values())
                .filter(r -> r != PriorityReason.NONE)
                .map(Enum::name)
                .toList());
        reasons.setItemLabelGenerator(r -> getTranslation("reason." + r));
        messages.bind("id", id)
                .bind("prefix", prefix)
                .bind("targetWait", targetWait)
                .bind("typicalServiceTime", typicalTime)
                .bind("sortOrder", sortOrder)
                .bind("hours", opensAt)
                .bind("priorityReasons", reasons);

        var form = new FormLayout(id, prefix, sortOrder);
        for (String l : LANGUAGES) form.add(names.get(l));
        for (String l : LANGUAGES) form.add(where.get(l));
        form.add(targetWait, typicalTime, opensAt, closesAt, greet, active);
        form.add(reasons, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        var save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save");
        var create = new Button(getTranslation("services.new"), e -> edit(null));
        create.addClassName("new");
        add(
                new H1(getTranslation("admin.nav.services")),
                sitePicker,
                grid,
                new H2(getTranslation("services.edit")),
                form,
                new HorizontalLayout(save, create));
        refresh();
        edit(null);
    }

    private void refresh() {
        grid.setItems(sitePicker.getValue() == null ? List.of() : sites.services(sitePicker.getValue()));
    }

    private void edit(Service s) {
        messages.clear();
        id.setReadOnly(s != null);
        id.setValue(s == null ? "" : s.id());
        prefix.setValue(s == null ? "" : s.prefix());
        for (String l : LANGUAGES) {
            names.get(l).setValue(s == null ? "" : s.names().getOrDefault(l, ""));
            where.get(l).setValue(s == null ? "" : s.whereToGo().getOrDefault(l, ""));
        }
        targetWait.setValue(s == null ? 20 : (int) s.targetWait().toMinutes());
        typicalTime.setValue(s == null ? 10 : (int) s.typicalServiceTime().toMinutes());
        sortOrder.setValue(s == null ? grid.getListDataView().getItemCount() + 1 : s.sortOrder());
        opensAt.setValue(s == null ? null : s.opensAt());
        closesAt.setValue(s == null ? null : s.closesAt());
        greet.setValue(s != null && s.greetPersonally());
        active.setValue(s == null || s.active());
        reasons.setValue(s == null ? new HashSet<>() : new HashSet<>(s.allowedPriorityReasons()));
    }

    private void save() {
        Map<String, String> n = new HashMap<>();
        Map<String, String> w = new HashMap<>();
        for (String l : LANGUAGES) {
            n.put(l, names.get(l).getValue().strip());
            if (!where.get(l).getValue().isBlank())
                w.put(l, where.get(l).getValue().strip());
        }
        String siteId = sitePicker.getValue();
        var service = new Service(
                id.getValue().strip(),
                siteId,
                prefix.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                n,
                w,
                minutes(targetWait.getValue()),
                minutes(typicalTime.getValue()),
                greet.getValue(),
                opensAt.getValue(),
                closesAt.getValue(),
                sortOrder.getValue() == null ? -1 : sortOrder.getValue(),
                active.getValue(),
                reasons.getValue());
        if (messages.run(() -> admin.saveService(StaffIdentity.currentName(), service))) {
            refresh();
            grid.select(service);
        }
    }

    private static Duration minutes(Integer value) {
        return value == null ? null : Duration.ofMinutes(value);
    }
}
