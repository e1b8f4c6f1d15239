package fi.vuoro.server.admin;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.vuoro.server.enrolment.DeviceTestResult;
import fi.vuoro.server.enrolment.DeviceTests;
import fi.vuoro.server.security.Device;
import fi.vuoro.server.security.DevicePrincipal;
import fi.vuoro.server.site.Site;
import fi.vuoro.server.site.SiteDirectory;
import fi.vuoro.server.ui.StaffIdentity;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kiosks and displays: pair a new device with the code on its screen, see every device with its last contact,
 * configure a kiosk's serial devices, run tests on it and see the answer live, revoke or re-pair (rotate).
 */
@Route(value = "admin/devices", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
public class DevicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeviceAdministration admin;
    private final SiteDirectory sites;

    private final TextField code = new TextField();
    private final Select<String> site = new Select<>();
    private final RadioButtonGroup<DevicePrincipal.Kind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();
    private final Select<String> replace = new Select<>();
    private final Grid<Device> grid = new Grid<>();
    private final Div details = new Div();
    private final FieldMessages pairMessages = new FieldMessages(this);
    private final KioskConfigForm configForm;
    private final Span testResult = new Span();
    private Set<String> awaiting = Set.of();
    private static final int LIST_REFRESH_MILLIS = 5_000;
    private com.vaadin.flow.shared.Registration pollRegistration;
    private boolean quiet;

    public DevicesView(DeviceAdministration admin, SiteDirectory sites) {
        this.admin = admin;
        this.sites = sites;
        this.configForm = new KioskConfigForm();
        addClassName("admin-view");
        addClassName("devices-view");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.nav.devices");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        refresh();
        // States and "last seen" change without the admin doing anything (a kiosk takes its token, connects):
        // the list follows every few seconds without disturbing the open device's form.
        var ui = attachEvent.getUI();
        ui.setPollInterval(LIST_REFRESH_MILLIS);
        pollRegistration = ui.addPollListener(e -> refreshQuietly());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) pollRegistration.remove();
        detachEvent.getUI().setPollInterval(-1);
    }

    /** Refreshes the list; the selected device's details stay as they are (the admin may be editing them). */
    private void refreshQuietly() {
        quiet = true;
        try {
            refresh();
        } finally {
            quiet = false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AdminLayout.applyLanguage(event);
        removeAll();
        code.setLabel(getTranslation("devices.code"));
        code.setPlaceholder("K7P-3XY");
        code.setHelperText(getTranslation("devices.codeHelp"));
        code.addClassName("pairing-code");
        code.setMaxLength(9);
        code.addValueChangeListener(e -> admin.requestedKind(e.getValue()).ifPresent(kind::setValue));
        site.setLabel(getTranslation("admin.site"));
        site.setItems(sites.siteIds());
        site.setItemLabelGenerator(id -> sites.site(id).map(Site::name).orElse(id));
        if (!sites.siteIds().isEmpty()) site.setValue(sites.siteIds().getFirst());
        site.addClassName("pairing-site");
        kind.setLabel(getTranslation("devices.type"));
        kind.setItems(DevicePrincipal.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("devices.kind." + k.name()));
        kind.setValue(DevicePrincipal.Kind.KIOSK);
        name.setLabel(getTranslation("devices.name"));
        name.addClassName("pairing-name");
        replace.setLabel(getTranslation("devices.replace"));
        replace.setHelperText(getTranslation("devices.replaceHelp"));
        replace.setEmptySelectionAllowed(true);
        replace.setEmptySelectionCaption(getTranslation("devices.newDevice"));
        pairMessages.bind("code", code).bind("site", site).bind("name", name).bind("deviceId", replace);
        var pair = new Button(getTranslation("devices.pair"), e -> pair());
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClassName("pair");
        var pairForm = new FormLayout(code, site, kind, name, replace);
        pairForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("900px", 3));

        grid.removeAllColumns();
        grid.addColumn(Device::name)
                .setHeader(getTranslation("devices.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        // Only the name takes the spare width; the other columns are as wide as their longest text.
        grid.addColumn(Device::id)
                .setHeader(getTranslation("admin.id"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Device::siteId)
                .setHeader(getTranslation("admin.site"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("devices.kind." + d.kind().name()))
                .setHeader(getTranslation("devices.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::state)
                .setHeader(getTranslation("devices.state"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::lastSeen)
                .setHeader(getTranslation("devices.lastSeen"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addClassName("devices-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!quiet) showDetails(e.getValue());
        });
        details.addClassName("device-details");
        testResult.addClassName("test-result");

        add(
                new H1(getTranslation("admin.nav.devices")),
                new H2(getTranslation("devices.pairTitle")),
                new Paragraph(getTranslation("devices.pairHelp")),
                pairForm,
                pair,
                new H2(getTranslation("devices.listTitle")),
                grid,
                details);
        refresh();
        showDetails(null);
        // ?device=<id> opens one device, e.g. from the health board
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("device")
                .flatMap(id ->
                        admin.devices().stream().filter(d -> d.id().equals(id)).findFirst())
                .ifPresent(grid::select);
    }

    private void refresh() {
        var devices = admin.devices();
        awaiting = admin.awaitingToken();
        var selected = grid.asSingleSelect().getValue();
        grid.setItems(devices);
        grid.recalculateColumnWidths(); // a longer state text ("waiting for its token") must not be cut off
        replace.setItems(devices.stream().map(Device::id).toList());
        replace.setItemLabelGenerator(id -> devices.stream()
                .filter(d -> d.id().equals(id))
                .map(d -> d.name() + " (" + id + ")")
                .findFirst()
                .orElse(id == null ? "" : id));
        if (selected != null) {
            devices.stream()
                    .filter(d -> d.id().equals(selected.id()))
                    .findFirst()
                    .ifPresent(grid::select);
        }
    }

    private String state(Device d) {
        if (d.revoked()) return getTranslation("devices.state.revoked");
        if (awaiting.contains(d.id())) return getTranslation("devices.state.awaiting");
        return getTranslation("devices.state.active");
    }

    private String lastSeen(Device d) {
        if (d.lastSeenAt() == null) return getTranslation("devices.never");
        ZoneId zone = sites.site(d.siteId()).map(Site::timeZone).orElse(ZoneId.of("UTC"));
        return SEEN.format(d.lastSeenAt().atZone(zone));
    }

    private void pair() {
        try {
            Device device = admin.pair(
                    StaffIdentity.currentName(),
                    code.getValue(),
                    site.getValue(),
                    kind.getValue(),
                    name.getValue(),
                    replace.getValue());
            pairMessages.saved();
            code.clear();
            name.clear();
            replace.clear();
            refresh();
            grid.select(device);
        } catch (AdminValidationException e) {
            pairMessages.show(e);
        }
    }

    private void showDetails(Device device) {
        details.removeAll();
        testResult.setText("");
        if (device == null) {
            details.add(new Paragraph(getTranslation("devices.selectHint")));
            return;
        }
        details.add(new H3(device.name() + " · "
                + getTranslation("devices.kind." + device.kind().name())));
        var revoke = new Button(getTranslation("devices.revoke"), e -> confirmRevoke(device));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClassName("revoke");
        revoke.setEnabled(!device.revoked());
        var rotate = new Button(getTranslation("devices.rotate"), e -> {
            replace.setValue(device.id());
            site.setValue(device.siteId());
            kind.setValue(device.kind());
            name.setValue(device.name());
            code.focus();
        });
        rotate.addClassName("rotate");
        var actions = new HorizontalLayout(rotate, revoke);
        if (device.kind() == DevicePrincipal.Kind.KIOSK) {
            configForm.load(admin.config(device.id()));
            var save = new Button(getTranslation("devices.saveConfig"), e -> {
                try {
                    admin.saveConfig(StaffIdentity.currentName(), device.id(), configForm.read());
                    configForm.messages().saved();
                } catch (AdminValidationException ex) {
                    configForm.messages().show(ex);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClassName("save-config");
            var tests = new HorizontalLayout(
                    testButton(device, DeviceTests.Test.PRINT_TEST, "print-test"),
                    testButton(device, DeviceTests.Test.PRINTER_STATUS, "printer-status"),
                    testButton(device, DeviceTests.Test.READ_CARD, "read-card"),
                    testResult);
            tests.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            tests.setWrap(true);
            details.add(
                    new H3(getTranslation("devices.config")),
                    new Paragraph(getTranslation("devices.configHelp")),
                    configForm,
                    save,
                    new H3(getTranslation("devices.tests")),
                    tests);
        }
        details.add(new H3(getTranslation("devices.access")), actions);
    }

    private Button testButton(Device device, DeviceTests.Test test, String className) {
        var button = new Button(getTranslation("devices.test." + test.name()), e -> {
            UI ui = UI.getCurrent();
            testResult.setText(getTranslation("devices.test.waiting"));
            testResult.getElement().setAttribute("data-state", "waiting");
            admin.runTest(StaffIdentity.currentName(), device.id(), test, result -> ui.access(() -> show(result)));
        });
        button.addClassName(className);
        return button;
    }

    private void show(DeviceTestResult result) {
        String text;
        if (result.timedOut()) {
            text = getTranslation("devices.test.timeout", DeviceTests.ANSWER_TIME.toSeconds());
        } else {
            String detail = result.detail().entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(", "));
            text = (result.ok() ? "✓ " : "✗ ")
                    + (result.message() == null ? "" : result.message())
                    + (detail.isEmpty() ? "" : " (" + detail + ")");
        }
        testResult.setText(text);
        testResult
                .getElement()
                .setAttribute("data-state", result.timedOut() ? "timeout" : result.ok() ? "ok" : "failed");
    }

    private void confirmRevoke(Device device) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("devices.revokeConfirmTitle", device.name()));
        dialog.setText(getTranslation("devices.revokeConfirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("devices.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            admin.revoke(StaffIdentity.currentName(), device.id());
            refresh();
        });
        dialog.open();
    }
}
